package nl.plein.survey;

import nl.plein.panel.AgeBand;
import nl.plein.panel.Sex;

/** A breakdown of the results: any of area, sex, age band and channel, or none (null = all). */
public record ResultFilter(Long areaId, Sex sex, AgeBand ageBand, Channel channel, String search) {

    public static final ResultFilter ALL = new ResultFilter(null, null, null, null, "");

    public ResultFilter {
        search = search == null ? "" : search.strip();
    }

    public static ResultFilter parse(String area, String sex, String ageBand, String channel, String search) {
        Long areaId = null;
        try {
            areaId = area == null || area.isBlank() ? null : Long.valueOf(area);
        } catch (NumberFormatException e) {
            // an unknown area filters nothing out
        }
        Channel c = null;
        try {
            c = channel == null || channel.isBlank() ? null : Channel.valueOf(channel);
        } catch (IllegalArgumentException e) {
            // idem
        }
        return new ResultFilter(areaId, Sex.parse(sex), AgeBand.parse(ageBand), c, search);
    }

    public boolean any() {
        return areaId != null || sex != null || ageBand != null || channel != null;
    }

    public String areaValue() {
        return areaId == null ? "" : areaId.toString();
    }

    public String sexValue() {
        return sex == null ? "" : sex.name();
    }

    public String ageBandValue() {
        return ageBand == null ? "" : ageBand.name();
    }

    public String channelValue() {
        return channel == null ? "" : channel.name();
    }
}
