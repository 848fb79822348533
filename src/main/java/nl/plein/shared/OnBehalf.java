package nl.plein.shared;

/**
 * Input a staff member enters for a resident who took part on paper, by phone or in person.
 *
 * @param residentName the name shown with the input, as the resident wants it
 * @param voter who the resident is for one-person-one-vote; null where the input needs no identity
 */
public record OnBehalf(SignedInPerson staff, InputChannel channel, String residentName, Voter voter) {

    public OnBehalf {
        if (channel == InputChannel.ONLINE) {
            throw new IllegalArgumentException("Input on someone's behalf comes in on paper, by phone or in person");
        }
        residentName = residentName == null ? "" : residentName.strip();
    }
}
