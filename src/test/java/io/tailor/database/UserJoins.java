package io.tailor.database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexical check of SQL text for joins between per-user tables that do not equate {@code user_id}: the
 * rule that keeps every join inside one user's rows, so it runs inside one shard on Citus. A join is an
 * equality between columns of two per-user references ({@code i.plan_id = p.id}, in an {@code ON}, a
 * {@code WHERE} or a correlated subquery); it passes when the same statement also says
 * {@code i.user_id = p.user_id}. Aliases are collected per statement, not per scope, and joins written as
 * {@code IN}, {@code EXISTS} without such an equality, or cartesian products are not recognised: the
 * limits are in docs/scaling.md.
 */
final class UserJoins {

    private static final Pattern QUALIFIED_EQUALITY = Pattern.compile(
            "\\b([a-z_][a-z0-9_]*)\\.([a-z_][a-z0-9_]*)\\s*=\\s*([a-z_][a-z0-9_]*)\\.([a-z_][a-z0-9_]*)\\b");
    private static final Pattern USING_LIST = Pattern.compile("\\bjoin\\s+[a-z_][a-z0-9_ ]*?\\busing\\s*\\(([^)]*)\\)");
    private static final Set<String> NOT_ALIASES = Set.of(
            "where",
            "on",
            "join",
            "left",
            "right",
            "inner",
            "full",
            "cross",
            "natural",
            "set",
            "using",
            "group",
            "order",
            "limit",
            "for",
            "returning",
            "union",
            "values",
            "select",
            "and",
            "or",
            "then",
            "else",
            "end",
            "lateral",
            "with",
            "window",
            "having",
            "offset",
            "except",
            "intersect",
            "loop",
            "into",
            "do",
            "is",
            "not",
            "from",
            "default",
            "when",
            "in");

    private final Set<String> perUserTables;
    private final Pattern reference;

    UserJoins(Set<String> perUserTables) {
        this.perUserTables = Set.copyOf(perUserTables);
        this.reference = Pattern.compile(
                "\\b(" + String.join("|", perUserTables) + ")\\b(?:\\s+(?:as\\s+)?([a-z_][a-z0-9_]*))?");
    }

    /** A join between per-user references, as found; {@code linked} when the statement equates their user_id. */
    record Join(String source, String predicate, boolean linked) {}

    /** Every join between per-user references in one statement, named by its source. */
    List<Join> joins(String source, String statement) {
        String sql = withoutComments(statement).toLowerCase(Locale.ROOT);
        Map<String, Set<String>> aliases = aliases(sql);
        Map<Set<String>, List<String>> joined = new HashMap<>();
        Set<Set<String>> linked = new HashSet<>();
        Matcher equality = QUALIFIED_EQUALITY.matcher(sql);
        while (equality.find()) {
            String left = equality.group(1);
            String right = equality.group(3);
            if (left.equals(right) || !aliases.containsKey(left) || !aliases.containsKey(right)) {
                continue;
            }
            Set<String> pair = Set.of(left, right);
            if (equality.group(2).equals("user_id") && equality.group(4).equals("user_id")) {
                linked.add(pair);
            }
            joined.computeIfAbsent(pair, p -> new ArrayList<>()).add(equality.group());
        }
        List<Join> joins = new ArrayList<>();
        joined.forEach((pair, predicates) ->
                predicates.forEach(predicate -> joins.add(new Join(source, predicate, linked.contains(pair)))));
        Matcher using = USING_LIST.matcher(sql);
        while (using.find()) {
            if (aliases.size() > 1) {
                boolean byUser = List.of(using.group(1).split(",")).stream()
                        .anyMatch(column -> column.strip().equals("user_id"));
                joins.add(new Join(source, using.group(), byUser));
            }
        }
        if (sql.contains("natural join")) {
            joins.add(new Join(source, "natural join", false));
        }
        return joins;
    }

    /** Each alias (or bare table name) that names a per-user table, with the tables it names. */
    private Map<String, Set<String>> aliases(String sql) {
        Map<String, Set<String>> aliases = new HashMap<>();
        Matcher match = reference.matcher(sql);
        while (match.find()) {
            String table = match.group(1);
            String alias = match.group(2);
            aliases.computeIfAbsent(table, t -> new HashSet<>()).add(table);
            if (alias != null && !NOT_ALIASES.contains(alias) && !perUserTables.contains(alias)) {
                aliases.computeIfAbsent(alias, a -> new HashSet<>()).add(table);
            }
        }
        return aliases;
    }

    /** The statements of a function body: split at semicolons, which our bodies use only to end statements. */
    static List<String> statements(String body) {
        return List.of(withoutComments(body).split(";")).stream()
                .filter(statement -> !statement.isBlank())
                .toList();
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", " ");
    }
}
