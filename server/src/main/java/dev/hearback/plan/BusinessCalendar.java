package dev.hearback.plan;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Business days of one country: Monday to Friday minus its nationwide public holidays, as the
 * jollyday library keeps them (policy.md, "Business day"). Regional holidays and observances do
 * not count.
 */
public final class BusinessCalendar {
    private static final Map<String, BusinessCalendar> BY_COUNTRY = new ConcurrentHashMap<>();

    private final String country;
    private final HolidayManager holidays;
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    private BusinessCalendar(String country) {
        this.country = country;
        this.holidays = HolidayManager.getInstance(ManagerParameters.create(country));
    }

    /**
     * @throws IllegalArgumentException for a country jollyday does not know
     */
    public static BusinessCalendar of(String countryCode) {
        String code = countryCode.strip().toUpperCase(java.util.Locale.ROOT);
        return BY_COUNTRY.computeIfAbsent(code, c -> {
            try {
                return new BusinessCalendar(c);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("unknown country '" + countryCode + "' (an ISO 3166 code such as US, GB, DE)", e);
            }
        });
    }

    public String country() {
        return country;
    }

    public boolean isHoliday(LocalDate d) {
        return byYear.computeIfAbsent(d.getYear(), y -> holidays.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY).stream()
                .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet())).contains(d);
    }

    public boolean isBusinessDay(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !isHoliday(d);
    }

    /** bd(d, k): the date k business days after d (k >= 1). */
    public LocalDate plusBusinessDays(LocalDate d, int k) {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1");
        LocalDate x = d;
        int left = k;
        while (left > 0) {
            x = x.plusDays(1);
            if (isBusinessDay(x)) left--;
        }
        return x;
    }
}
