package io.tailor.phase;

import io.tailor.profile.LearningPhase;

/** The words for each transition, by where it leads and what got the user there. */
final class Celebrations {

    private Celebrations() {}

    static Transition.Celebration of(LearningPhase to, Transition.Cause cause, PhaseCriteria.Threshold met) {
        if (to == LearningPhase.ESTABLISHMENT) {
            return cause == Transition.Cause.DAYS
                    ? new Transition.Celebration(
                            "Week 1 Complete!",
                            "A whole week of exploring. From now on your plans lean on the tasks you loved.")
                    : new Transition.Celebration(
                            met.tasks() + " Tasks Done!",
                            "You completed " + met.tasks()
                                    + " tasks while exploring. From now on your plans lean on your favorites.");
        }
        return cause == Transition.Cause.DAYS
                ? new Transition.Celebration(
                        "Habits Established!",
                        met.days() + " days of building habits. Your plans now center on what works for you,"
                                + " with a little novelty to keep them fresh.")
                : new Transition.Celebration(
                        met.tasks() + " Tasks Strong!",
                        "You've completed " + met.tasks()
                                + " tasks since you started. Welcome to mastery: plans tuned to what you do best.");
    }
}
