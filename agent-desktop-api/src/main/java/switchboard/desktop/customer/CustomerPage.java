package switchboard.desktop.customer;

import java.util.List;

/** One page of search results. */
public record CustomerPage(List<CustomerView> items, int page, int size, long total) {
}
