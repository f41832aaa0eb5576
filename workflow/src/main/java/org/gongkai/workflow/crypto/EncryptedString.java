package org.gongkai.workflow.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/** JPA converter that stores a string column encrypted with {@link FieldEncryption}. */
@Component
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

	private final FieldEncryption encryption;

	public EncryptedString(FieldEncryption encryption) {
		this.encryption = encryption;
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return encryption.encrypt(attribute);
	}

	@Override
	public String convertToEntityAttribute(String dbData) {
		return encryption.decrypt(dbData);
	}
}
