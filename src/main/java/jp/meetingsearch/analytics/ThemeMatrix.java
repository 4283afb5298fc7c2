package jp.meetingsearch.analytics;

import java.util.List;

/**
 * The answer of {@code /api/themes/matrix}: {@code cells[i][j]} = remarks of column {@code columns[j]} tagged by
 * theme {@code rows[i]}. {@code rowTotals[i]} = remarks tagged by the theme (over all columns, shown or not);
 * {@code columnTotals[j]} = every remark of the column, tagged or not; {@code untagged[j]} = the column's remarks
 * matching no theme ({@code untaggedTotal} over all columns); {@code total} = every remark under the filter. A remark tagged by two themes counts in both
 * rows, so a column's cells may add up to more than its total. {@code columnLabels} are readable names of the
 * columns (meeting title and date for {@code by=meeting}, else the key); {@code otherRemarks} are remarks of
 * columns left out by the column limit. {@code approximate}: the counts are estimates from a random sample of
 * {@code counted} of the matching remarks, scaled back to every match ({@code counted} = {@code total} otherwise).
 */
public record ThemeMatrix(
        String by,
        List<String> rows,
        List<String> columns,
        List<String> columnLabels,
        List<List<Long>> cells,
        List<Long> rowTotals,
        List<Long> columnTotals,
        List<Long> untagged,
        long untaggedTotal,
        long total,
        long otherRemarks,
        Shares shares,
        boolean approximate,
        long counted) {

    /**
     * Each cell as a fraction (four decimals): {@code ofColumn[i][j] = cells[i][j] / columnTotals[j]} (how much of
     * a column's speech is about the theme) and {@code ofRow[i][j] = cells[i][j] / rowTotals[i]} (how a theme's
     * remarks divide among the columns).
     */
    public record Shares(List<List<Double>> ofColumn, List<List<Double>> ofRow) {
    }
}
