package jp.meetingsearch.minutes;

/**
 * An official present to explain (市側出席者, 説明員): name, title as written (市民生活部長, 課長) and the department
 * when the list writes it apart from the title (地域づくり課 高橋課長).
 */
public record Official(String name, String title, String department) {
}
