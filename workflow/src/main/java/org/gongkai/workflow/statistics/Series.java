package org.gongkai.workflow.statistics;

import java.util.List;

/**
 * One table of figures behind a chart: column headers and rows of cells (the first cell a label).
 *
 * @param key stable name, also the file name of its CSV/XLSX export
 */
public record Series(String key, String title, List<String> headers, List<List<Object>> rows) {
}
