package nl.plein.project;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** All component types of this installation, by key; every module's {@link ComponentType} bean is in it. */
@Service
public class ComponentRegistry {

    private final Map<String, ComponentType> byKey = new LinkedHashMap<>();

    ComponentRegistry(List<ComponentType> types) {
        types.stream().sorted(Comparator.comparing(ComponentType::key)).forEach(type -> {
            if (byKey.putIfAbsent(type.key(), type) != null) {
                throw new IllegalStateException("Two component types with key " + type.key());
            }
        });
    }

    public Optional<ComponentType> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public List<ComponentType> all() {
        return List.copyOf(byKey.values());
    }
}
