package org.declutter.segment;

import java.util.Arrays;

/**
 * Where the cells of a table of data fall, row after row: a cell takes the first column that no
 * cell before it in its row spans ({@code colspan}) and no cell of a row above reaches down into
 * ({@code rowspan}), so that every row's cells stay under their headers.
 */
final class RowLayout {

    /** For each column, how many more rows a cell above reaches down into it. */
    private int[] below = new int[8];
    /** For each column, whether a cell above takes it in the row being read. */
    private boolean[] taken = new boolean[8];
    /** The first column the next cell of the row may take. */
    private int next;

    /** Starts a row: the columns the cells above reach into are taken in it. */
    void startRow() {
        next = 0;
        for (int c = 0; c < below.length; c++) {
            taken[c] = below[c] > 0;
            below[c] = Math.max(0, below[c] - 1);
        }
    }

    /**
     * Places the row's next cell, {@code columns} wide and reaching {@code rows} rows down, and
     * returns the column it starts at.
     */
    int place(int columns, int rows) {
        int column = next;
        while (column < taken.length && taken[column]) {
            column++;
        }
        grow(column + columns);
        for (int c = column; c < column + columns; c++) {
            below[c] = Math.max(below[c], rows - 1);
        }
        next = column + columns;
        return column;
    }

    private void grow(int columns) {
        if (columns > below.length) {
            int size = Math.max(columns, below.length * 2);
            below = Arrays.copyOf(below, size);
            taken = Arrays.copyOf(taken, size);
        }
    }
}
