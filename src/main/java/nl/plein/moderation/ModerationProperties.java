package nl.plein.moderation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Posting limits: at most {@code postsPerWindow} posts (contributions and ideas together) per account
 * in {@code window}; accounts younger than {@code newAccountAge} get {@code newAccountPostsPerWindow}.
 */
@ConfigurationProperties("plein.moderation")
public record ModerationProperties(
        Duration window, int postsPerWindow, Duration newAccountAge, int newAccountPostsPerWindow) {

    public ModerationProperties {
        window = window == null ? Duration.ofMinutes(10) : window;
        postsPerWindow = postsPerWindow <= 0 ? 20 : postsPerWindow;
        newAccountAge = newAccountAge == null ? Duration.ofHours(24) : newAccountAge;
        newAccountPostsPerWindow = newAccountPostsPerWindow <= 0 ? 6 : newAccountPostsPerWindow;
    }
}
