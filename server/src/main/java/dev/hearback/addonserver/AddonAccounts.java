package dev.hearback.addonserver;

import dev.hearback.addonserver.GoogleTokenInfo.GoogleUser;
import dev.hearback.store.User;
import dev.hearback.store.UserRepository;
import java.util.Optional;

/**
 * The Hearback user behind an add-on event: Google's {@code sub} for the event's user token (token
 * info), then the user row with that {@code google_sub}, the same one the extension's and the web
 * page's sign-in create. A user who never signed in has no row until they first change something
 * (a snooze or a correction), which creates one so it is kept.
 */
final class AddonAccounts {
    /**
     * The address stored for a user made by the add-on when token info gives none (the add-on asks
     * for no identity scope). {@code .invalid} never delivers (RFC 2606); the user's first sign-in
     * replaces it with their real address. Nothing is sent or matched with it meanwhile: Gmail is
     * read for such a user only with the event's tokens, and their own mail is told by its SENT label.
     */
    static String placeholderEmail(String sub) {
        return sub.replaceAll("[^A-Za-z0-9._-]", "_") + "@addon-user.hearback.invalid";
    }

    private final GoogleTokenInfo tokenInfo;
    private final UserRepository users;

    AddonAccounts(GoogleTokenInfo tokenInfo, UserRepository users) {
        this.tokenInfo = tokenInfo;
        this.users = users;
    }

    /** The Google account of the event's user token. */
    GoogleUser google(String userOAuthToken) throws GoogleTokenInfo.TokenInfoException {
        return tokenInfo.user(userOAuthToken);
    }

    /** The user row of that Google account, if they ever signed in (or changed something in the add-on). */
    Optional<User> find(GoogleUser g) {
        return users.findByGoogleSub(g.sub());
    }

    /** The user row, created on the spot when there is none; an existing row is left as it is. */
    User findOrCreate(GoogleUser g) {
        return find(g).orElseGet(() -> users.upsert(g.sub(), g.email() != null ? g.email() : placeholderEmail(g.sub())));
    }

    /** True when the user signed in and Hearback holds their Google grant (the homepage needs it). */
    boolean linked(User u) {
        return users.refreshToken(u.id()).isPresent();
    }
}
