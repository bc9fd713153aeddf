/**
 * Charts for reports: {@link uk.sexualsafety.cop.portal.charts.ChartWithTable} (heading, bar chart, table of the
 * numbers, CSV download) over {@link uk.sexualsafety.cop.portal.charts.BarChart}, a Chart.js custom element; counts
 * pass through {@link uk.sexualsafety.cop.portal.charts.SmallNumberSuppression} before anything shows them.
 * Decision 014 explains the frontend bundle this needs.
 */
package uk.sexualsafety.cop.portal.charts;
