package org.gsi.meetings.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gsi.commitments.PartyCode;
import org.gsi.meetings.DuplicateDelegateException;
import org.gsi.meetings.RegistrationId;

/**
 * A party's delegation (head first, then members) or an organisation's registered participants,
 * with the credentials letter reference when one was sent.
 */
final class Registration {

    enum Kind {
        DELEGATION,
        PARTICIPANT
    }

    private final RegistrationId id;
    private final PartyCode registrant;
    private final Kind kind;
    private final List<Delegate> people = new ArrayList<>();
    private final Set<String> attended = new HashSet<>();
    private Optional<String> credentialsLetter;
    private RegistrationStatus status = RegistrationStatus.WAITING;

    Registration(
            RegistrationId id,
            PartyCode registrant,
            Kind kind,
            List<Delegate> people,
            Optional<String> credentialsLetter) {
        if (people.isEmpty()) {
            throw new IllegalArgumentException(
                    "A registration names at least one person (the head of delegation first)");
        }
        this.id = id;
        this.registrant = registrant;
        this.kind = kind;
        this.credentialsLetter = credentialsLetter;
        people.forEach(this::add);
    }

    void add(Delegate delegate) {
        people.stream().filter(delegate::isSamePersonAs).findFirst().ifPresent(existing -> {
            throw new DuplicateDelegateException(
                    delegate.name() + " is already in the " + registrant + " registration");
        });
        people.add(delegate);
    }

    boolean remove(String name) {
        if (people.size() == 1) {
            return false;
        }
        Delegate probe = new Delegate(name, "", "");
        return people.removeIf(probe::isSamePersonAs);
    }

    boolean markAttended(String name) {
        Delegate probe = new Delegate(name, "", "");
        Optional<Delegate> person =
                people.stream().filter(probe::isSamePersonAs).findFirst();
        person.ifPresent(p -> attended.add(p.name()));
        return person.isPresent();
    }

    List<Delegate> attendees() {
        return people.stream().filter(p -> attended.contains(p.name())).toList();
    }

    void credentials(String letterReference) {
        credentialsLetter = Optional.of(letterReference);
    }

    void status(RegistrationStatus newStatus) {
        status = newStatus;
    }

    RegistrationId id() {
        return id;
    }

    PartyCode registrant() {
        return registrant;
    }

    Kind kind() {
        return kind;
    }

    Delegate head() {
        return people.get(0);
    }

    List<Delegate> people() {
        return List.copyOf(people);
    }

    int size() {
        return people.size();
    }

    Optional<String> credentialsLetter() {
        return credentialsLetter;
    }

    RegistrationStatus status() {
        return status;
    }
}
