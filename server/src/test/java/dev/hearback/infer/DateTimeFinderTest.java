package dev.hearback.infer;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A corpus of date and time phrases (Duckling-style): sentence | message date | instant in New York. */
class DateTimeFinderTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We'd like to interview you on Thursday, October 15 at 9:00 AM Central (10:00 AM Eastern) by video. | 2026-10-09 | 2026-10-15T10:00-04:00",
        "Can we do Tuesday 11/10 @ 2pm? | 2026-11-05 | 2026-11-10T14:00-05:00",
        "Does 10 November at 14:00 GMT work for you? | 2026-11-05 | 2026-11-10T09:00-05:00",
        "Let's speak Nov. 12th, 9:30am PT. | 2026-11-05 | 2026-11-12T12:30-05:00",
        "Could you do tomorrow at 3 (Eastern)? | 2026-11-16 | 2026-11-17T15:00-05:00",
        "How about Monday the 16th at noon? | 2026-11-10 | 2026-11-16T12:00-05:00",
        "Your interview is set for 2026-11-09 15:00 ET. | 2026-11-02 | 2026-11-09T15:00-05:00",
        "See you Tuesday at 11. | 2026-10-29 | 2026-11-03T11:00-05:00",
        "Thanks, I'll be there on the 12th at 10. | 2026-11-09 | 2026-11-12T10:00-05:00",
        "Would 2:30 p.m. on Wednesday, December 2 suit you? | 2026-11-24 | 2026-12-02T14:30-05:00",
        "We could meet January 5 at 10am. | 2026-12-18 | 2027-01-05T10:00-05:00",
        "We have you down for Friday, November 13, 10:00am to 2:00pm ET at our office. | 2026-11-06 | 2026-11-13T10:00-05:00",
        "Panel interview on Tuesday, October 20, 1:00–2:30 PM ET. | 2026-10-13 | 2026-10-20T13:00-04:00",
        "2026-11-09 15:00 ET (45 min) | 2026-11-03 | 2026-11-09T15:00-05:00",
    })
    void resolvesTheFirstMention(String sentence, String sent, String expected) {
        List<TimeMention> found = DateTimeFinder.find(sentence, LocalDate.parse(sent), DateTimeFinder.Direction.FUTURE);
        assertFalse(found.isEmpty(), "nothing found in: " + sentence);
        assertEquals(java.time.OffsetDateTime.parse(expected).toInstant(), found.get(0).at(NY).toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I could do Wednesday 11/18 at 11am or Thursday 11/19 at 1pm (Eastern), on video. | 2026-11-13 | 2",
        "We sat down with the team and it went well. | 2026-11-13 | 0",
        "Our offices are at 10 Main Street. | 2026-11-13 | 0",
        "We have you down for Friday, November 13, 10:00am to 2:00pm ET at our office. | 2026-11-06 | 1",
        "Interview for the UX Designer role on Thu 10/29, 1:00-2:00 PM EDT, over Zoom. | 2026-10-22 | 1",
        "Could you do Monday 10:00 to 10:45 or Tuesday 2:00 until 2:45? | 2026-11-13 | 2",
    })
    void countsTheSlots(String sentence, String sent, int slots) {
        assertEquals(slots, DateTimeFinder.find(sentence, LocalDate.parse(sent), DateTimeFinder.Direction.FUTURE).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Great speaking with you yesterday. | 2026-11-18 | 2026-11-17",
        "Thanks for meeting with me on Monday. | 2026-11-18 | 2026-11-16",
        "Thank you for this morning's interview. | 2026-11-18 | 2026-11-18",
    })
    void pastWordingLooksBack(String sentence, String sent, String day) {
        assertEquals(LocalDate.parse(day), DateTimeFinder.find(sentence, LocalDate.parse(sent), DateTimeFinder.Direction.PAST).get(0).date());
    }
}
