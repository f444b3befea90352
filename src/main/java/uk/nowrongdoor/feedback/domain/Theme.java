package uk.nowrongdoor.feedback.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a complaint is about: the NHS KO41a subject areas (as listed in the reference notes; NHS England's "KO41a data
 * items lookup" is the authority) plus the councils' "financial issues". A complaint may have several.
 */
public enum Theme {
    ACCESS_TO_TREATMENT_OR_DRUGS("Access to treatment or drugs"),
    ADMISSIONS_DISCHARGE_AND_TRANSFERS("Admissions, discharge and transfers"),
    APPOINTMENTS("Appointments"),
    CLINICAL_TREATMENT("Clinical treatment"),
    COMMISSIONING("Commissioning"),
    COMMUNICATIONS("Communications", "communication"),
    CONSENT("Consent"),
    END_OF_LIFE_CARE("End of life care"),
    FACILITIES("Facilities"),
    INTEGRATED_CARE("Integrated care"),
    MENTAL_HEALTH_ACT("Mental Health Act"),
    MORTUARY("Mortuary"),
    PATIENT_CARE("Patient care", "patient care including nutrition and hydration"),
    PRESCRIBING("Prescribing"),
    PRIVACY_DIGNITY_AND_WELLBEING("Privacy, dignity and wellbeing"),
    RESTRAINT("Restraint"),
    STAFF_NUMBERS("Staff numbers"),
    TRANSPORT("Transport (ambulances and other)", "transport"),
    TRUST_ADMINISTRATION("Trust administration", "trust admin/policies/procedures"),
    VALUES_AND_BEHAVIOURS("Values and behaviours (staff)", "values and behaviours", "values / behaviours"),
    WAITING_TIMES("Waiting times"),
    FINANCIAL_ISSUES("Financial issues"),
    OTHER("Other");

    private final String label;
    private final String[] otherNames;

    Theme(String label, String... otherNames) {
        this.label = label;
        this.otherNames = otherNames;
    }

    public String label() {
        return label;
    }

    /** Finds a theme by its label, a name the seed tables use for it, or its code (any case). */
    public static Optional<Theme> parse(String text) {
        String wanted = normal(text);
        return Arrays.stream(values())
                .filter(t -> normal(t.label).equals(wanted)
                        || t.name().equalsIgnoreCase(text.strip())
                        || Arrays.stream(t.otherNames).map(n -> normal(n)).anyMatch(wanted::equals))
                .findFirst();
    }

    /** Case, spaces around slashes and repeated spaces do not matter ("Withdrawn/ abandoned /transferred"). */
    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.UK).replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", " ");
    }
}
