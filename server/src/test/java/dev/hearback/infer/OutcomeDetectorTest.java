package dev.hearback.infer;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Outcome phrases, Duckling-style: their sentence (or yours) and the outcome it states, if any. */
class OutcomeDetectorTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We've decided to move forward with another candidate whose experience more closely matches. | REJECTION",
        "Unfortunately, we're moving forward with other candidates for this role. | REJECTION",
        "We've offered the role to another candidate. | REJECTION",
        "After a lot of thought, we will not be extending an offer. | REJECTION",
        "In the end we went with an internal candidate. | REJECTION",
        "I'm sorry to let you know that we won't be progressing your application on this occasion. | REJECTION",
        "We'd like to offer you the Principal Product Designer role at Bramble Health! | OFFER",
        "We want to make you an offer, and I'll send the details tomorrow. | OFFER",
        "I'm delighted to extend you a formal offer. | OFFER",
        "We're still interviewing other candidates and will be in touch. | NONE",
        "Thanks for taking the time to interview with us. | NONE",
    })
    void theirSentences(String sentence, String kind) {
        assertEquals(kind.equals("NONE") ? Optional.empty() : Optional.of(Outcome.Kind.valueOf(kind)), OutcomeDetector.theirs(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I'm writing to accept your offer for the Senior Designer role. | ACCEPTANCE",
        "I'd be delighted to accept. | ACCEPTANCE",
        "I'm thrilled to accept the offer! | ACCEPTANCE",
        "I've decided to withdraw my application for the Digital Product Designer role. | WITHDRAWAL",
        "Please take me out of the running for this one. | WITHDRAWAL",
        "I've accepted another offer, so I need to pull out of the process. | WITHDRAWAL",
        "Thursday at 2pm works for me. | NONE",
        "Thank you for the offer; could we talk about the start date before I decide? | NONE",
    })
    void yourSentences(String sentence, String kind) {
        assertEquals(kind.equals("NONE") ? Optional.empty() : Optional.of(Outcome.Kind.valueOf(kind)), OutcomeDetector.yours(sentence));
    }
}
