package dev.hearback.web;

import dev.hearback.account.DemoMail;

/** In the demo a "saved draft" opens here, since there is no Gmail to open it in. */
final class DemoDraftPage {
    private DemoDraftPage() {}

    static String render(DemoMail.SavedDraft d) {
        var draft = d.draft();
        return HomePage.head("Draft saved (demo)").append("<header><h1>Hearback</h1><p class=\"who\">demo: this draft would now be in Gmail, unsent</p></header><main>")
                .append("<pre class=\"draft\">").append(Html.text("To: " + draft.to() + "\nSubject: " + draft.subject() + "\n\n" + draft.body()))
                .append("</pre><p><a href=\"/\">Back to the checklist</a></p></main></body></html>").toString();
    }
}
