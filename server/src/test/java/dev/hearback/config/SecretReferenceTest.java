package dev.hearback.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretReferenceTest {
    @Test
    void fullFormKeepsProjectSecretAndVersion() {
        SecretReference r = SecretReference.parse("sm://projects/hb-prod/secrets/db-password/versions/3", "other").orElseThrow();
        assertEquals(new SecretReference("hb-prod", "db-password", "3"), r);
        assertEquals("projects/hb-prod/secrets/db-password/versions/3", r.resourceName());
    }

    @Test
    void aMissingVersionMeansLatest() {
        assertEquals("projects/p-1/secrets/s/versions/latest",
                SecretReference.parse("sm://projects/p-1/secrets/s", null).orElseThrow().resourceName());
    }

    @Test
    void theShortFormUsesTheCurrentProjectAndTheLatestVersion() {
        assertEquals(new SecretReference("hb-prod", "tink-keyset", "latest"),
                SecretReference.parse("sm://tink-keyset", "hb-prod").orElseThrow());
    }

    @Test
    void theShortFormWithoutAProjectSaysHowToFixIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SecretReference.parse("sm://tink-keyset", null));
        assertTrue(e.getMessage().contains("GOOGLE_CLOUD_PROJECT"), e.getMessage());
        assertTrue(e.getMessage().contains("sm://projects/PROJECT/secrets/tink-keyset/versions/latest"), e.getMessage());
    }

    @Test
    void plainValuesAreNotReferences() {
        assertEquals(Optional.empty(), SecretReference.parse("jdbc:postgresql:///hearback", "p"));
        assertEquals(Optional.empty(), SecretReference.parse("", "p"));
        assertEquals(Optional.empty(), SecretReference.parse(null, "p"));
        assertFalse(SecretReference.isReference("SM://upper-case-is-a-plain-value"));
    }

    @Test
    void malformedReferencesAreRefusedNotPassedOnAsValues() {
        // Each would otherwise end up as, say, the database password, or build a URL to somewhere else.
        for (String bad : new String[] {"sm://", "sm://projects/p/secrets", "sm://projects/p/secrets/s/versions/0",
                "sm://projects/p/secrets/s/versions/latest/extra", "sm://../../v1/other", "sm://a/b",
                "sm://s?alt=media", "sm://s#x", "sm://projects/p/secrets/s/versions/1:access", "sm://se cret"}) {
            assertThrows(IllegalArgumentException.class, () -> SecretReference.parse(bad, "p"), bad);
        }
    }
}
