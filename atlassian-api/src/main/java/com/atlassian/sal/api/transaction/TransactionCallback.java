package com.atlassian.sal.api.transaction;

/** Declaration. Source: shared/atlassian-platform.md §2.1 (sal-api 5.1.4; ActiveObjects.executeInTransaction takes it). */
public interface TransactionCallback<T> {
    T doInTransaction();
}
