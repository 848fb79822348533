package nl.plein.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param fallbackToDefault serve an unknown hostname as the default organisation (development);
 *     in production an unknown hostname gets a 404
 * @param defaultOrganisation slug of the default organisation; blank means the oldest one
 */
@ConfigurationProperties("plein.tenancy")
public record TenancyProperties(boolean fallbackToDefault, String defaultOrganisation) {

    public TenancyProperties {
        defaultOrganisation = defaultOrganisation == null ? "" : defaultOrganisation;
    }
}
