/**
 * Documents attached to a case: which documents an e-service takes (its slots, table {@code e_service_document}, data
 * not Java), the check of an upload (type by content, size, count, required slots) and the documents stored with the
 * case. Any service can take documents by adding rows; the intake stores them with the case in one transaction.
 */
package az.muraciet.document;
