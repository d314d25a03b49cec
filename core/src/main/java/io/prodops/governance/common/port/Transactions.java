package io.prodops.governance.common.port;

import java.util.function.Supplier;

/** Port: one database transaction per operation. Anything thrown rolls the whole operation back. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
