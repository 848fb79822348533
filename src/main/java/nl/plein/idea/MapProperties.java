package nl.plein.idea;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tile server of the idea maps ({@code {z}/{x}/{y}} in the address) and its attribution; an empty
 * address shows no map, and the address field alone tells where an idea is.
 */
@ConfigurationProperties("plein.map")
public record MapProperties(String tileUrl, String attribution) {

    public MapProperties {
        tileUrl = tileUrl == null ? "" : tileUrl.strip();
        attribution = attribution == null ? "" : attribution.strip();
    }

    public boolean enabled() {
        return !tileUrl.isEmpty();
    }
}
