/** Encryption at rest of personal information (identity numbers) in our own tables. */
package org.gongkai.workflow.crypto;
