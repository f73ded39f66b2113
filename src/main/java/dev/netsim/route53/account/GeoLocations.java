package dev.netsim.route53.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.netsim.common.AwsException;

/**
 * The locations geolocation records can name, in ListGeoLocations' order: the seven continents, the
 * default location {@code *}, the ISO 3166 countries (named as the JDK names them in English, without
 * the four Route 53 does not support), then the US states.
 */
final class GeoLocations {

    /** One location: a continent, a country or a subdivision of one, with its name. */
    record Location(String continentCode, String continentName, String countryCode, String countryName, String subdivisionCode,
                    String subdivisionName) {
    }

    private static final Map<String, String> CONTINENTS = new LinkedHashMap<>();
    private static final Map<String, String> US_STATES = new LinkedHashMap<>();
    static final List<Location> ALL;

    static {
        String[][] continents = {{"AF", "Africa"}, {"AN", "Antarctica"}, {"AS", "Asia"}, {"EU", "Europe"}, {"NA", "North America"},
            {"OC", "Oceania"}, {"SA", "South America"}};
        Arrays.stream(continents).forEach(c -> CONTINENTS.put(c[0], c[1]));
        String states = "AK Alaska,AL Alabama,AR Arkansas,AZ Arizona,CA California,CO Colorado,CT Connecticut,DC District of Columbia,DE Delaware,"
                + "FL Florida,GA Georgia,HI Hawaii,IA Iowa,ID Idaho,IL Illinois,IN Indiana,KS Kansas,KY Kentucky,LA Louisiana,MA Massachusetts,"
                + "MD Maryland,ME Maine,MI Michigan,MN Minnesota,MO Missouri,MS Mississippi,MT Montana,NC North Carolina,ND North Dakota,NE Nebraska,"
                + "NH New Hampshire,NJ New Jersey,NM New Mexico,NV Nevada,NY New York,OH Ohio,OK Oklahoma,OR Oregon,PA Pennsylvania,RI Rhode Island,"
                + "SC South Carolina,SD South Dakota,TN Tennessee,TX Texas,UT Utah,VA Virginia,VT Vermont,WA Washington,WI Wisconsin,"
                + "WV West Virginia,WY Wyoming";
        for (String state : states.split(",")) {
            US_STATES.put(state.substring(0, 2), state.substring(3));
        }
        List<Location> all = new ArrayList<>();
        CONTINENTS.forEach((code, name) -> all.add(new Location(code, name, null, null, null, null)));
        all.add(new Location(null, null, "*", "Default", null, null));
        java.util.Set<String> unsupported = java.util.Set.of("BV", "CX", "EH", "HM");
        Arrays.stream(Locale.getISOCountries()).sorted().filter(c -> !unsupported.contains(c))
                .forEach(c -> all.add(new Location(null, null, c, new Locale("", c).getDisplayCountry(Locale.ENGLISH), null, null)));
        US_STATES.forEach((code, name) -> all.add(new Location(null, null, "US", "United States", code, name)));
        ALL = List.copyOf(all);
    }

    private GeoLocations() {
    }

    /** A page of the locations and the first of the next page (null on the last). */
    record Page(List<Location> locations, Location next) {
    }

    /** GetGeoLocation: a continent, or a country with an optional subdivision, that Route 53 supports. */
    static Location get(String continent, String country, String subdivision) {
        if (continent != null && (country != null || subdivision != null)) {
            throw new AwsException("InvalidInput", "Give a continent code, or a country code (with a subdivision code), not both.");
        }
        return find(continent, country, subdivision)
                .orElseThrow(() -> new AwsException("NoSuchGeoLocation", "Amazon Route 53 doesn't support the specified geographic location.", 404));
    }

    /** ListGeoLocations: Route 53's order, from the start location on. */
    static Page page(String startContinent, String startCountry, String startSubdivision, int max) {
        int start = 0;
        if (startContinent != null || startCountry != null) {
            start = indexOf(startContinent, startCountry, startSubdivision);
            if (start < 0) {
                throw new AwsException("InvalidInput", "The start location is not one Route 53 supports.");
            }
        }
        int end = Math.min(ALL.size(), start + max);
        return new Page(ALL.subList(start, end), end < ALL.size() ? ALL.get(end) : null);
    }

    static Optional<Location> find(String continent, String country, String subdivision) {
        return ALL.stream().filter(l -> java.util.Objects.equals(l.continentCode(), continent) && java.util.Objects.equals(l.countryCode(), country)
                && java.util.Objects.equals(l.subdivisionCode(), subdivision)).findFirst();
    }

    /** The position of the location a ListGeoLocations page starts at, or -1. */
    static int indexOf(String continent, String country, String subdivision) {
        for (int i = 0; i < ALL.size(); i++) {
            Location l = ALL.get(i);
            if (java.util.Objects.equals(l.continentCode(), continent) && java.util.Objects.equals(l.countryCode(), country)
                    && java.util.Objects.equals(l.subdivisionCode(), subdivision)) {
                return i;
            }
        }
        return -1;
    }
}
