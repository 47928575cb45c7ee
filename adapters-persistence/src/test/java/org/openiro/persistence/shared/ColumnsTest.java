package org.openiro.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each column's value lands at its name's position, whatever the order the columns were declared in. */
class ColumnsTest {

    private record Thing(String name, Integer size) {
    }

    @Test
    void values_follow_the_names_in_order_nulls_included() {
        Columns<Thing> columns = Columns.<Thing>of("size", Thing::size).and("name", Thing::name)
                .and("label", t -> t.name() + "!");

        assertThat(columns.names()).containsExactly("size", "name", "label");
        assertThat(columns.rows(List.of(new Thing("a", 1), new Thing("b", null))))
                .containsExactly(new Object[] {1, "a", "a!"}, new Object[] {null, "b", "b!"});
    }

    @Test
    void adding_a_column_leaves_the_columns_it_was_added_to_as_they_were() {
        Columns<Thing> one = Columns.of("name", Thing::name);
        Columns<Thing> two = one.and("size", Thing::size);

        assertThat(one.names()).containsExactly("name");
        assertThat(two.names()).containsExactly("name", "size");
    }
}
