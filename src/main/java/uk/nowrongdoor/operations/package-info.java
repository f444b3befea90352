/**
 * Running more than one node: the search index layout, scheduled jobs on one node at a time, health, readiness and
 * the Actuator's access rules.
 */
@NullMarked
package uk.nowrongdoor.operations;

import org.jspecify.annotations.NullMarked;
