<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kiosk::eth</name>
    <message>
        <source>has mixed case but a wrong EIP-55 checksum (mistyped?)</source>
        <translation>has mixed case but a wrong EIP-55 checksum (mistyped?)</translation>
    </message>
    <message>
        <source>an address must be 20 bytes</source>
        <translation>an address must be 20 bytes</translation>
    </message>
    <message>
        <source>must start with 0x</source>
        <translation>must start with 0x</translation>
    </message>
    <message>
        <source>has an odd number of hex digits</source>
        <translation>has an odd number of hex digits</translation>
    </message>
    <message>
        <source>is not hex (character %1)</source>
        <translation>is not hex (character %1)</translation>
    </message>
    <message>
        <source>must be %1 bytes (%2 hex digits), not %3</source>
        <translation>must be %1 bytes (%2 hex digits), not %3</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>payment id %1</source>
        <translation>payment id %1</translation>
    </message>
    <message>
        <source>the signer address is missing</source>
        <translation>the signer address is missing</translation>
    </message>
    <message>
        <source>a private key must start with 0x</source>
        <translation>a private key must start with 0x</translation>
    </message>
    <message>
        <source>a private key must be 64 hex digits after 0x (got %1)</source>
        <translation>a private key must be 64 hex digits after 0x (got %1)</translation>
    </message>
    <message>
        <source>a private key must be hex</source>
        <translation>a private key must be hex</translation>
    </message>
    <message>
        <source>is not a valid secp256k1 private key (zero or not below the curve order)</source>
        <translation>is not a valid secp256k1 private key (zero or not below the curve order)</translation>
    </message>
    <message>
        <source>cannot read key file %1: %2</source>
        <translation>cannot read key file %1: %2</translation>
    </message>
    <message>
        <source>key file %1: %2</source>
        <translation>key file %1: %2</translation>
    </message>
    <message>
        <source>the signed digest must be 32 bytes</source>
        <translation>the signed digest must be 32 bytes</translation>
    </message>
    <message>
        <source>a signature must be 65 bytes (r, s, v), not %1</source>
        <translation>a signature must be 65 bytes (r, s, v), not %1</translation>
    </message>
    <message>
        <source>signature v must be 27 or 28 (or 0/1), not %1</source>
        <translation>signature v must be 27 or 28 (or 0/1), not %1</translation>
    </message>
    <message>
        <source>signature r or s is not a valid curve scalar</source>
        <translation>signature r or s is not a valid curve scalar</translation>
    </message>
    <message>
        <source>signature has a high s value, which the chain rejects</source>
        <translation>signature has a high s value, which the chain rejects</translation>
    </message>
    <message>
        <source>no public key can be recovered from this signature</source>
        <translation>no public key can be recovered from this signature</translation>
    </message>
    <message>
        <source>the message hash must be 32 bytes</source>
        <translation>the message hash must be 32 bytes</translation>
    </message>
    <message>
        <source>is empty; expected a decimal number</source>
        <translation>is empty; expected a decimal number</translation>
    </message>
    <message>
        <source>must be plain decimal digits (bad character at %1)</source>
        <translation>must be plain decimal digits (bad character at %1)</translation>
    </message>
    <message>
        <source>is larger than 2^256-1</source>
        <translation>is larger than 2^256-1</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::MainWindow</name>
    <message>
        <source>Loyalty Kiosk</source>
        <translation>Loyalty Kiosk</translation>
    </message>
    <message>
        <source>Point refunds for cancelled purchases</source>
        <translation>Point refunds for cancelled purchases</translation>
    </message>
</context>
</TS>
