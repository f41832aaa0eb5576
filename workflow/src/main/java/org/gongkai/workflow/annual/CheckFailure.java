package org.gongkai.workflow.annual;

/**
 * A check of SPEC §3 that does not hold, naming the cell.
 *
 * @param cell stable key of the cell, e.g. {@code table3.result.total.naturalPerson}
 * @param label the cell in words, e.g. {@code 表三 （七）总计 × 自然人}
 * @param message what is wrong
 */
public record CheckFailure(String cell, String label, String message) {
}
