/**
 * The public catalogue index: what of a published item the public may find, how it is written to
 * Elasticsearch ({@link org.gongkai.search.CatalogueIndex}) and how it is searched
 * ({@link org.gongkai.search.CatalogueSearch}).
 *
 * <p>A plain library with no Spring dependency: the portal builds the {@code ElasticsearchClient}
 * and wires these classes as beans.
 *
 * <p><b>Why Chinese is analysed in Java, not in Elasticsearch.</b> Good Chinese search needs word
 * segmentation, which Elasticsearch only offers through plugins ({@code analysis-smartcn},
 * {@code analysis-ik}) or the {@code cjk} analyzer of the {@code analysis-common} module; a
 * government's shared cluster may have none of them, and the minimal distribution we test against
 * has only the {@code standard}, {@code simple}, {@code stop}, {@code whitespace} and
 * {@code keyword} analyzers. So {@link org.gongkai.search.ChineseAnalysis} segments text with
 * Lucene's {@code SmartChineseAnalyzer} and builds CJK bigrams and pinyin in the JVM, at index and
 * at query time alike, and stores the results as whitespace-joined token strings in hidden fields
 * ({@code title_words}, {@code title_bigrams}, {@code body_words}, {@code body_bigrams},
 * {@code title_pinyin}, {@code title_initials}) that the built-in {@code whitespace} analyzer
 * merely splits. This works on any Elasticsearch 8 cluster, needs no plugin, and index and query
 * always use the same analysis because the same jar does both. The human-readable fields keep the
 * {@code standard} analyzer (one token per Han character), which serves phrase matching and
 * highlighting of the original text.
 *
 * @see <a href="https://lucene.apache.org/core/9_12_0/analysis/smartcn/index.html">Lucene smartcn</a>
 * @see <a href="https://www.elastic.co/guide/en/elasticsearch/plugins/8.19/analysis-smartcn.html">the
 *      plugin we avoid needing</a>
 */
package org.gongkai.search;
