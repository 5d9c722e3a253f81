package dev.coinid.catalog;

import java.util.Objects;

/**
 * The joint issue a commemorative coin belongs to: several countries striking one theme, often
 * one design that differs only in each country's inscription.
 *
 * @param theme the joint issue's short key, shared by all its coins (for example {@code emu-10})
 * @param scope who took part
 */
public record JointIssue(String theme, JointScope scope) {

    public JointIssue {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(scope, "scope");
    }
}
