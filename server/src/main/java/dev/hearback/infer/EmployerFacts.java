package dev.hearback.infer;

import dev.hearback.mail.Address;
import dev.hearback.mail.Message;
import java.util.List;
import java.util.function.Predicate;

/**
 * The employer's side of a thread: the company ({@link CompanyFinder}), the role ({@link RoleFinder}),
 * and the person to write to ({@link ContactFinder}).
 */
public record EmployerFacts(String company, String role, Address contact) {
    public static EmployerFacts of(List<Message> messages, Predicate<Message> mine) {
        List<Message> theirs = messages.stream().filter(mine.negate()).toList();
        Address contact = ContactFinder.of(theirs);
        // Both the company and the role are voted from the first subject's parts: cut once.
        List<String> subjectParts = messages.isEmpty() ? List.of() : SubjectParts.of(messages.get(0).subject());
        String company = CompanyFinder.of(messages, theirs, contact, subjectParts);
        String role = RoleFinder.of(messages, company, subjectParts);
        return new EmployerFacts(company, role, contact);
    }
}
