<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kiosk::config</name>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 must be a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 must be true or false</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>configuration file %1 does not exist</source>
        <translation>configuration file %1 does not exist</translation>
    </message>
    <message>
        <source>configuration file %1 cannot be read</source>
        <translation>configuration file %1 cannot be read</translation>
    </message>
    <message>
        <source>configuration file %1 is not a valid INI file</source>
        <translation>configuration file %1 is not a valid INI file</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot create the state directory %1</source>
        <translation>cannot create the state directory %1</translation>
    </message>
    <message>
        <source>the state directory %1 is not a writable directory</source>
        <translation>the state directory %1 is not a writable directory</translation>
    </message>
    <message>
        <source>%1: %2 must be ko or en</source>
        <translation>%1: %2 must be ko or en</translation>
    </message>
    <message>
        <source>%1: %2 must be 0 (ask the screen) or a number from 50 to 1000</source>
        <translation>%1: %2 must be 0 (ask the screen) or a number from 50 to 1000</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>cannot create its folder</translation>
    </message>
    <message>
        <source>cannot write the scratch file %1</source>
        <translation>cannot write the scratch file %1</translation>
    </message>
    <message>
        <source>%1 %2 can be read by every user of this machine; make it private (chmod o-rwx %2)</source>
        <translation>%1 %2 can be read by every user of this machine; make it private (chmod o-rwx %2)</translation>
    </message>
    <message>
        <source>the secret file</source>
        <translation>the secret file</translation>
    </message>
    <message>
        <source>the configuration file (it holds %1)</source>
        <translation>the configuration file (it holds %1)</translation>
    </message>
    <message>
        <source>the terminal key file</source>
        <translation>the terminal key file</translation>
    </message>
    <message>
        <source>the machine key %1 can be read or changed by other users than the kiosk&apos;s: fix it with: chmod 600 %1</source>
        <translation>the machine key %1 can be read or changed by other users than the kiosk&apos;s: fix it with: chmod 600 %1</translation>
    </message>
    <message>
        <source>cannot read the machine key %1: %2</source>
        <translation>cannot read the machine key %1: %2</translation>
    </message>
    <message>
        <source>the machine key %1 is not 32 bytes in base64 (make one with: openssl rand -base64 32)</source>
        <translation>the machine key %1 is not 32 bytes in base64 (make one with: openssl rand -base64 32)</translation>
    </message>
    <message>
        <source>no random bytes for a machine key</source>
        <translation>no random bytes for a machine key</translation>
    </message>
    <message>
        <source>cannot create the machine key %1: %2</source>
        <translation>cannot create the machine key %1: %2</translation>
    </message>
    <message>
        <source>cannot write the machine key %1</source>
        <translation>cannot write the machine key %1</translation>
    </message>
    <message>
        <source>no machine key (%1, %2 or the state directory&apos;s)</source>
        <translation>no machine key (%1, %2 or the state directory&apos;s)</translation>
    </message>
    <message>
        <source>no random bytes to seal a secret</source>
        <translation>no random bytes to seal a secret</translation>
    </message>
    <message>
        <source>a secret could not be sealed (OpenSSL)</source>
        <translation>a secret could not be sealed (OpenSSL)</translation>
    </message>
    <message>
        <source>a sealed secret cannot be opened with the machine key %1 (another machine&apos;s key, or the file was changed)</source>
        <translation>a sealed secret cannot be opened with the machine key %1 (another machine&apos;s key, or the file was changed)</translation>
    </message>
    <message>
        <source>%1: %2 must be production or demo</source>
        <translation>%1: %2 must be production or demo</translation>
    </message>
    <message>
        <source>configuration folder %1 cannot be read</source>
        <translation>configuration folder %1 cannot be read</translation>
    </message>
    <message>
        <source>%1: metrics/listen must be ADDRESS:PORT of one interface (e.g. 127.0.0.1:9464), not %2</source>
        <translation>%1: metrics/listen must be ADDRESS:PORT of one interface (e.g. 127.0.0.1:9464), not %2</translation>
    </message>
</context>
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
    <name>kiosk::journal</name>
    <message>
        <source>cannot open %1</source>
        <translation>cannot open %1</translation>
    </message>
    <message>
        <source>the journal %1 was written by a newer kiosk (schema %2, this one knows %3)</source>
        <translation>the journal %1 was written by a newer kiosk (schema %2, this one knows %3)</translation>
    </message>
    <message>
        <source>journal: no entry %1</source>
        <translation>journal: no entry %1</translation>
    </message>
    <message>
        <source>the journal %1 is locked by another process</source>
        <translation>the journal %1 is locked by another process</translation>
    </message>
    <message>
        <source>the disk that holds the journal %1 is full</source>
        <translation>the disk that holds the journal %1 is full</translation>
    </message>
    <message>
        <source>the journal %1 cannot be written (read-only, or owned by another user)</source>
        <translation>the journal %1 cannot be written (read-only, or owned by another user)</translation>
    </message>
    <message>
        <source>the journal %1 cannot be opened or read</source>
        <translation>the journal %1 cannot be opened or read</translation>
    </message>
    <message>
        <source>the journal %1 is damaged</source>
        <translation>the journal %1 is damaged</translation>
    </message>
    <message>
        <source>the journal %1 failed</source>
        <translation>the journal %1 failed</translation>
    </message>
    <message>
        <source>journal: %1: %2 (%3)</source>
        <translation>journal: %1: %2 (%3)</translation>
    </message>
    <message>
        <source>(the kiosk keeps it aside and starts a new one when it next runs a cancellation)</source>
        <translation>(the kiosk keeps it aside and starts a new one when it next runs a cancellation)</translation>
    </message>
    <message>
        <source>the journal %1 is damaged: %2</source>
        <translation>the journal %1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1; it cannot be moved aside, so the kiosk cannot record anything</source>
        <translation>%1; it cannot be moved aside, so the kiosk cannot record anything</translation>
    </message>
    <message>
        <source>cannot open the lock file %1: %2</source>
        <translation>cannot open the lock file %1: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>cannot lock %1: %2</translation>
    </message>
    <message>
        <source>another kiosk process (%1) is working in the state directory %2; nothing was done</source>
        <translation>another kiosk process (%1) is working in the state directory %2; nothing was done</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>kiosk::metrics</name>
    <message>
        <source>No relay is configured.</source>
        <translation>No relay is configured.</translation>
    </message>
    <message>
        <source>The journal cannot record: %1</source>
        <translation>The journal cannot record: %1</translation>
    </message>
    <message>
        <source>The kiosk is still connecting to the relay.</source>
        <translation>The kiosk is still connecting to the relay.</translation>
    </message>
    <message>
        <source>No camera or code scanner is connected.</source>
        <translation>No camera or code scanner is connected.</translation>
    </message>
    <message>
        <source>This machine&apos;s clock is %1 s off the relay&apos;s.</source>
        <translation>This machine&apos;s clock is %1 s off the relay&apos;s.</translation>
    </message>
</context>
<context>
    <name>kiosk::qr</name>
    <message>
        <source>&apos;%1&apos; is not a byteword</source>
        <translation>&apos;%1&apos; is not a byteword</translation>
    </message>
    <message>
        <source>wrong length: minimal bytewords have an even number of letters</source>
        <translation>wrong length: minimal bytewords have an even number of letters</translation>
    </message>
    <message>
        <source>truncated: too short to hold data and a checksum</source>
        <translation>truncated: too short to hold data and a checksum</translation>
    </message>
    <message>
        <source>bad checksum: the code was misread or damaged</source>
        <translation>bad checksum: the code was misread or damaged</translation>
    </message>
    <message>
        <source>expected an %1 UR, not &apos;%2&apos;</source>
        <translation>expected an %1 UR, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>eth-sign-request request id is not a UUID</source>
        <translation>eth-sign-request request id is not a UUID</translation>
    </message>
    <message>
        <source>eth-sign-request sign data missing</source>
        <translation>eth-sign-request sign data missing</translation>
    </message>
    <message>
        <source>eth-sign-request has an unknown data type (%1)</source>
        <translation>eth-sign-request has an unknown data type (%1)</translation>
    </message>
    <message>
        <source>eth-sign-request chain id is not valid</source>
        <translation>eth-sign-request chain id is not valid</translation>
    </message>
    <message>
        <source>eth-sign-request derivation path missing</source>
        <translation>eth-sign-request derivation path missing</translation>
    </message>
    <message>
        <source>eth-sign-request address must be 20 bytes</source>
        <translation>eth-sign-request address must be 20 bytes</translation>
    </message>
    <message>
        <source>eth-sign-request origin is not text</source>
        <translation>eth-sign-request origin is not text</translation>
    </message>
    <message>
        <source>eth-signature request id missing</source>
        <translation>eth-signature request id missing</translation>
    </message>
    <message>
        <source>eth-signature request id is not a UUID</source>
        <translation>eth-signature request id is not a UUID</translation>
    </message>
    <message>
        <source>eth-signature signature missing</source>
        <translation>eth-signature signature missing</translation>
    </message>
    <message>
        <source>eth-signature signature must be 65 bytes, not %1</source>
        <translation>eth-signature signature must be 65 bytes, not %1</translation>
    </message>
    <message>
        <source>eth-signature origin is not text</source>
        <translation>eth-signature origin is not text</translation>
    </message>
    <message>
        <source>unknown UR type &apos;%1&apos;</source>
        <translation>unknown UR type &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a valid multi-part UR fragment</source>
        <translation>not a valid multi-part UR fragment</translation>
    </message>
    <message>
        <source>too many parts (%1; the kiosk takes at most %2)</source>
        <translation>too many parts (%1; the kiosk takes at most %2)</translation>
    </message>
    <message>
        <source>message too long (%1 bytes; at most %2)</source>
        <translation>message too long (%1 bytes; at most %2)</translation>
    </message>
    <message>
        <source>nothing to encode</source>
        <translation>nothing to encode</translation>
    </message>
    <message>
        <source>the fragment length must be at least %1 bytes</source>
        <translation>the fragment length must be at least %1 bytes</translation>
    </message>
    <message>
        <source>too many parts (more than %1) for fragments of %2 bytes</source>
        <translation>too many parts (more than %1) for fragments of %2 bytes</translation>
    </message>
    <message>
        <source>part of another message: finish this code or start again</source>
        <translation>part of another message: finish this code or start again</translation>
    </message>
    <message>
        <source>bad checksum: the reassembled message is damaged</source>
        <translation>bad checksum: the reassembled message is damaged</translation>
    </message>
    <message>
        <source>the message is not complete yet</source>
        <translation>the message is not complete yet</translation>
    </message>
    <message>
        <source>malformed crypto-hdkey</source>
        <translation>malformed crypto-hdkey</translation>
    </message>
    <message>
        <source>this is a private key: never show it to anyone; pair with the public key</source>
        <translation>this is a private key: never show it to anyone; pair with the public key</translation>
    </message>
    <message>
        <source>the crypto-hdkey has no valid public key</source>
        <translation>the crypto-hdkey has no valid public key</translation>
    </message>
    <message>
        <source>expected a crypto-hdkey UR, not &apos;%1&apos;</source>
        <translation>expected a crypto-hdkey UR, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>malformed crypto-account</source>
        <translation>malformed crypto-account</translation>
    </message>
    <message>
        <source>the crypto-account has no HD keys</source>
        <translation>the crypto-account has no HD keys</translation>
    </message>
    <message>
        <source>expected a crypto-account UR, not &apos;%1&apos;</source>
        <translation>expected a crypto-account UR, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the account has no Ethereum key (m/44&apos;/60&apos;/...)</source>
        <translation>the account has no Ethereum key (m/44&apos;/60&apos;/...)</translation>
    </message>
    <message>
        <source>unknown UR type &apos;%1&apos; (a wallet pairs with crypto-hdkey or crypto-account)</source>
        <translation>unknown UR type &apos;%1&apos; (a wallet pairs with crypto-hdkey or crypto-account)</translation>
    </message>
    <message>
        <source>a hardened child cannot be derived from a public key</source>
        <translation>a hardened child cannot be derived from a public key</translation>
    </message>
    <message>
        <source>the key has no chain code, so no child keys can be derived</source>
        <translation>the key has no chain code, so no child keys can be derived</translation>
    </message>
    <message>
        <source>not a valid public key</source>
        <translation>not a valid public key</translation>
    </message>
    <message>
        <source>child %1 is not a valid key (BIP32); use the next index</source>
        <translation>child %1 is not a valid key (BIP32); use the next index</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a derivation path</source>
        <translation>&apos;%1&apos; is not a derivation path</translation>
    </message>
    <message>
        <source>the key path</source>
        <translation>the key path</translation>
    </message>
    <message>
        <source>malformed key path</source>
        <translation>malformed key path</translation>
    </message>
    <message>
        <source>the pairing code is incomplete: scan more parts</source>
        <translation>the pairing code is incomplete: scan more parts</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>characters</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>The text is too long for a QR code: %1 %2, but at most %3 fit at error-correction level %4.</source>
        <translation>The text is too long for a QR code: %1 %2, but at most %3 fit at error-correction level %4.</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1.</source>
        <translation>The QR code could not be made: %1.</translation>
    </message>
    <message>
        <source>There is nothing to put in a QR code.</source>
        <translation>There is nothing to put in a QR code.</translation>
    </message>
    <message>
        <source>QR codes are drawn only as 8-bit grey or 1-bit images.</source>
        <translation>QR codes are drawn only as 8-bit grey or 1-bit images.</translation>
    </message>
    <message>
        <source>The QR code needs at least %1 pixels a side, but only %2 are available.</source>
        <translation>The QR code needs at least %1 pixels a side, but only %2 are available.</translation>
    </message>
    <message>
        <source>The QR code could not be drawn.</source>
        <translation>The QR code could not be drawn.</translation>
    </message>
    <message>
        <source>The QR code could not be saved to %1: %2.</source>
        <translation>The QR code could not be saved to %1: %2.</translation>
    </message>
    <message>
        <source>A QR code was found but could not be read.</source>
        <translation>A QR code was found but could not be read.</translation>
    </message>
    <message>
        <source>No QR code was found.</source>
        <translation>No QR code was found.</translation>
    </message>
    <message>
        <source>There is no image to read.</source>
        <translation>There is no image to read.</translation>
    </message>
    <message>
        <source>must be ur or json</source>
        <translation>must be ur or json</translation>
    </message>
    <message>
        <source>the animated request is incomplete: scan more parts</source>
        <translation>the animated request is incomplete: scan more parts</translation>
    </message>
    <message>
        <source>only personal-message requests are signed here</source>
        <translation>only personal-message requests are signed here</translation>
    </message>
    <message>
        <source>the request&apos;s sign-data is not a 32-byte hash</source>
        <translation>the request&apos;s sign-data is not a 32-byte hash</translation>
    </message>
    <message>
        <source>this is not a Loyalty Kiosk signing request</source>
        <translation>this is not a Loyalty Kiosk signing request</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>no request is waiting for this payment: show one first (request)</source>
        <translation>no request is waiting for this payment: show one first (request)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the stored request %1 is damaged: %2</source>
        <translation>the stored request %1 is damaged: %2</translation>
    </message>
    <message>
        <source>this code (%1) is not a signature</source>
        <translation>this code (%1) is not a signature</translation>
    </message>
    <message>
        <source>signed by another wallet (%1); this needs %2</source>
        <translation>signed by another wallet (%1); this needs %2</translation>
    </message>
    <message>
        <source>not a UR (it must start with ur:)</source>
        <translation>not a UR (it must start with ur:)</translation>
    </message>
    <message>
        <source>too long to be a UR</source>
        <translation>too long to be a UR</translation>
    </message>
    <message>
        <source>malformed UR: too many &apos;/&apos;</source>
        <translation>malformed UR: too many &apos;/&apos;</translation>
    </message>
    <message>
        <source>malformed UR: no type</source>
        <translation>malformed UR: no type</translation>
    </message>
    <message>
        <source>UR type &apos;%1&apos; may only have letters, digits and &apos;-&apos;</source>
        <translation>UR type &apos;%1&apos; may only have letters, digits and &apos;-&apos;</translation>
    </message>
    <message>
        <source>truncated: the UR has no data</source>
        <translation>truncated: the UR has no data</translation>
    </message>
    <message>
        <source>malformed UR part number &apos;%1&apos; (expected like 2-10)</source>
        <translation>malformed UR part number &apos;%1&apos; (expected like 2-10)</translation>
    </message>
    <message>
        <source>this is part %1 of a %2-part UR: scan all of its parts</source>
        <translation>this is part %1 of a %2-part UR: scan all of its parts</translation>
    </message>
    <message>
        <source>part of a UR of another type (&apos;%1&apos;, expected &apos;%2&apos;)</source>
        <translation>part of a UR of another type (&apos;%1&apos;, expected &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>UR part %1-%2 does not match its content</source>
        <translation>UR part %1-%2 does not match its content</translation>
    </message>
    <message>
        <source>the UR is not complete yet</source>
        <translation>the UR is not complete yet</translation>
    </message>
    <message>
        <source>malformed CBOR data</source>
        <translation>malformed CBOR data</translation>
    </message>
    <message>
        <source>unexpected data after the CBOR item</source>
        <translation>unexpected data after the CBOR item</translation>
    </message>
    <message>
        <source>%1 is not a CBOR map</source>
        <translation>%1 is not a CBOR map</translation>
    </message>
    <message>
        <source>%1 repeats a key</source>
        <translation>%1 repeats a key</translation>
    </message>
    <message>
        <source>this is the kiosk&apos;s own request: scan the answer your wallet shows</source>
        <translation>this is the kiosk&apos;s own request: scan the answer your wallet shows</translation>
    </message>
    <message>
        <source>this signature does not say which request it answers</source>
        <translation>this signature does not say which request it answers</translation>
    </message>
    <message>
        <source>the signature in this code is not 65 bytes</source>
        <translation>the signature in this code is not 65 bytes</translation>
    </message>
    <message>
        <source>this code is not a signature</source>
        <translation>this code is not a signature</translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation>nothing was read</translation>
    </message>
    <message>
        <source>this code is far too long to be a signature</source>
        <translation>this code is far too long to be a signature</translation>
    </message>
    <message>
        <source>this answer is for another request: scan the code on this screen</source>
        <translation>this answer is for another request: scan the code on this screen</translation>
    </message>
    <message>
        <source>the time to answer this request has run out</source>
        <translation>the time to answer this request has run out</translation>
    </message>
    <message>
        <source>not a Loyalty Kiosk signing request</source>
        <translation>not a Loyalty Kiosk signing request</translation>
    </message>
    <message>
        <source>unsupported signing request version</source>
        <translation>unsupported signing request version</translation>
    </message>
    <message>
        <source>the request has no valid requestId</source>
        <translation>the request has no valid requestId</translation>
    </message>
    <message>
        <source>the request does not say approve or reject</source>
        <translation>the request does not say approve or reject</translation>
    </message>
    <message>
        <source>the signature in this code: %1</source>
        <translation>the signature in this code: %1</translation>
    </message>
    <message>
        <source>this code is not a signature: %1</source>
        <translation>this code is not a signature: %1</translation>
    </message>
    <message>
        <source>the request&apos;s paymentId: %1</source>
        <translation>the request&apos;s paymentId: %1</translation>
    </message>
    <message>
        <source>the request&apos;s hash does not match its fields</source>
        <translation>the request&apos;s hash does not match its fields</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels; at most %4 a side can be read.</source>
        <translation>%1: the image is %2 x %3 pixels; at most %4 a side can be read.</translation>
    </message>
    <message>
        <source>%1: the image could not be decoded (%2).</source>
        <translation>%1: the image could not be decoded (%2).</translation>
    </message>
</context>
<context>
    <name>kiosk::relay</name>
    <message>
        <source>the relay did not answer within %1 s</source>
        <translation>the relay did not answer within %1 s</translation>
    </message>
    <message>
        <source>the relay&apos;s answer is larger than %1 bytes</source>
        <translation>the relay&apos;s answer is larger than %1 bytes</translation>
    </message>
    <message>
        <source>the relay refused the connection (%1)</source>
        <translation>the relay refused the connection (%1)</translation>
    </message>
    <message>
        <source>TLS failure: %1</source>
        <translation>TLS failure: %1</translation>
    </message>
    <message>
        <source>the relay closed the connection without an answer</source>
        <translation>the relay closed the connection without an answer</translation>
    </message>
    <message>
        <source>the relay answered HTTP %1 instead of 200</source>
        <translation>the relay answered HTTP %1 instead of 200</translation>
    </message>
    <message>
        <source>the relay&apos;s answer is not a JSON object</source>
        <translation>the relay&apos;s answer is not a JSON object</translation>
    </message>
    <message>
        <source>the relay&apos;s answer has no numeric &apos;code&apos;</source>
        <translation>the relay&apos;s answer has no numeric &apos;code&apos;</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>no message</translation>
    </message>
    <message>
        <source>the relay&apos;s answer has no &apos;data&apos;</source>
        <translation>the relay&apos;s answer has no &apos;data&apos;</translation>
    </message>
    <message>
        <source>no account to look up the nonce for</source>
        <translation>no account to look up the nonce for</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the v1 API needs the relay&apos;s access key, and none is configured</source>
        <translation>the v1 API needs the relay&apos;s access key, and none is configured</translation>
    </message>
    <message>
        <source>the v2 API needs the terminal&apos;s key, and none is configured</source>
        <translation>the v2 API needs the terminal&apos;s key, and none is configured</translation>
    </message>
    <message>
        <source>no terminal id is configured</source>
        <translation>no terminal id is configured</translation>
    </message>
    <message>
        <source>a signature must be 65 bytes</source>
        <translation>a signature must be 65 bytes</translation>
    </message>
    <message>
        <source>must be v1 or v2</source>
        <translation>must be v1 or v2</translation>
    </message>
    <message>
        <source>must be customer or shop</source>
        <translation>must be customer or shop</translation>
    </message>
    <message>
        <source>the relay URL is not a valid http(s) URL</source>
        <translation>the relay URL is not a valid http(s) URL</translation>
    </message>
    <message>
        <source>the relay URL must start with https:// (or http:// for a local relay)</source>
        <translation>the relay URL must start with https:// (or http:// for a local relay)</translation>
    </message>
    <message>
        <source>plain http:// is allowed only to this machine; use https:// or set allow_insecure_http</source>
        <translation>plain http:// is allowed only to this machine; use https:// or set allow_insecure_http</translation>
    </message>
    <message>
        <source>Payment opened</source>
        <translation>Payment opened</translation>
    </message>
    <message>
        <source>Payment approval failed</source>
        <translation>Payment approval failed</translation>
    </message>
    <message>
        <source>Payment approval was reverted</source>
        <translation>Payment approval was reverted</translation>
    </message>
    <message>
        <source>Payment approval sent, confirming</source>
        <translation>Payment approval sent, confirming</translation>
    </message>
    <message>
        <source>Payment approval confirmed</source>
        <translation>Payment approval confirmed</translation>
    </message>
    <message>
        <source>Payment denied by the customer</source>
        <translation>Payment denied by the customer</translation>
    </message>
    <message>
        <source>Payment result delivered</source>
        <translation>Payment result delivered</translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation>Payment completed</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <source>Cancellation waiting for approval</source>
        <translation>Cancellation waiting for approval</translation>
    </message>
    <message>
        <source>Approval could not be recorded; it can be tried again</source>
        <translation>Approval could not be recorded; it can be tried again</translation>
    </message>
    <message>
        <source>Approval was reverted on the blockchain; it can be tried again</source>
        <translation>Approval was reverted on the blockchain; it can be tried again</translation>
    </message>
    <message>
        <source>Approval accepted, being confirmed on the blockchain</source>
        <translation>Approval accepted, being confirmed on the blockchain</translation>
    </message>
    <message>
        <source>Approval confirmed on the blockchain</source>
        <translation>Approval confirmed on the blockchain</translation>
    </message>
    <message>
        <source>Cancellation rejected: the points stay spent</source>
        <translation>Cancellation rejected: the points stay spent</translation>
    </message>
    <message>
        <source>Cancellation approved, finishing</source>
        <translation>Cancellation approved, finishing</translation>
    </message>
    <message>
        <source>Cancellation complete: your points have been returned</source>
        <translation>Cancellation complete: your points have been returned</translation>
    </message>
    <message>
        <source>Cancellation closed without a refund</source>
        <translation>Cancellation closed without a refund</translation>
    </message>
    <message>
        <source>Unknown payment status %1</source>
        <translation>Unknown payment status %1</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>The signature is not valid: wrong wallet, wrong nonce or wrong payment</source>
        <translation>The signature is not valid: wrong wallet, wrong nonce or wrong payment</translation>
    </message>
    <message>
        <source>The secret is not valid</source>
        <translation>The secret is not valid</translation>
    </message>
    <message>
        <source>The payment&apos;s state on the blockchain does not allow this</source>
        <translation>The payment&apos;s state on the blockchain does not allow this</translation>
    </message>
    <message>
        <source>More than 7 days have passed since the payment: it can no longer be cancelled</source>
        <translation>More than 7 days have passed since the payment: it can no longer be cancelled</translation>
    </message>
    <message>
        <source>The request was not valid</source>
        <translation>The request was not valid</translation>
    </message>
    <message>
        <source>This terminal&apos;s access key was not accepted</source>
        <translation>This terminal&apos;s access key was not accepted</translation>
    </message>
    <message>
        <source>No payment with this id exists</source>
        <translation>No payment with this id exists</translation>
    </message>
    <message>
        <source>The shop has no app registered to approve this; the cancellation will be closed later</source>
        <translation>The shop has no app registered to approve this; the cancellation will be closed later</translation>
    </message>
    <message>
        <source>The payment&apos;s status does not allow an approval now</source>
        <translation>The payment&apos;s status does not allow an approval now</translation>
    </message>
    <message>
        <source>The payment&apos;s status does not allow opening a cancellation</source>
        <translation>The payment&apos;s status does not allow opening a cancellation</translation>
    </message>
    <message>
        <source>The payment&apos;s status does not allow closing now</source>
        <translation>The payment&apos;s status does not allow closing now</translation>
    </message>
    <message>
        <source>Already approved on the blockchain</source>
        <translation>Already approved on the blockchain</translation>
    </message>
    <message>
        <source>Already closed on the blockchain, or the payment failed</source>
        <translation>Already closed on the blockchain, or the payment failed</translation>
    </message>
    <message>
        <source>This cancellation already failed on the blockchain</source>
        <translation>This cancellation already failed on the blockchain</translation>
    </message>
    <message>
        <source>It is too late to reject: the blockchain has moved on</source>
        <translation>It is too late to reject: the blockchain has moved on</translation>
    </message>
    <message>
        <source>This cancellation was closed by force</source>
        <translation>This cancellation was closed by force</translation>
    </message>
    <message>
        <source>Cannot close yet: the approval is not confirmed and the window is still open</source>
        <translation>Cannot close yet: the approval is not confirmed and the window is still open</translation>
    </message>
    <message>
        <source>This relay has switched off the v1 payment API</source>
        <translation>This relay has switched off the v1 payment API</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>The blockchain contract reported an error</source>
        <translation>The blockchain contract reported an error</translation>
    </message>
    <message>
        <source>The approval came too late: the time to approve has run out</source>
        <translation>The approval came too late: the time to approve has run out</translation>
    </message>
    <message>
        <source>The relay reported an error</source>
        <translation>The relay reported an error</translation>
    </message>
    <message>
        <source>The blockchain contract refused (code %1)</source>
        <translation>The blockchain contract refused (code %1)</translation>
    </message>
    <message>
        <source>The relay answered with code %1</source>
        <translation>The relay answered with code %1</translation>
    </message>
    <message>
        <source>%1 (relay code %2: %3)</source>
        <translation>%1 (relay code %2: %3)</translation>
    </message>
    <message>
        <source>The relay did not answer in time: %1</source>
        <translation>The relay did not answer in time: %1</translation>
    </message>
    <message>
        <source>The relay cannot be reached: %1</source>
        <translation>The relay cannot be reached: %1</translation>
    </message>
    <message>
        <source>The relay&apos;s secure connection failed: %1</source>
        <translation>The relay&apos;s secure connection failed: %1</translation>
    </message>
    <message>
        <source>The relay&apos;s answer could not be understood: %1</source>
        <translation>The relay&apos;s answer could not be understood: %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>is not %1</translation>
    </message>
    <message>
        <source>the relay&apos;s answer field &apos;%1&apos; %2</source>
        <translation>the relay&apos;s answer field &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>the relay knows no such shop</source>
        <translation>the relay knows no such shop</translation>
    </message>
    <message>
        <source>the relay&apos;s task list is not an array</source>
        <translation>the relay&apos;s task list is not an array</translation>
    </message>
    <message>
        <source>the demo relay could not be started: %1</source>
        <translation>the demo relay could not be started: %1</translation>
    </message>
    <message>
        <source>the demo relay stopped at once (exit code %1)</source>
        <translation>the demo relay stopped at once (exit code %1)</translation>
    </message>
    <message>
        <source>the demo relay (loyalty-relay-sim) is not installed</source>
        <translation>the demo relay (loyalty-relay-sim) is not installed</translation>
    </message>
    <message>
        <source>the demo relay did not say where it listens</source>
        <translation>the demo relay did not say where it listens</translation>
    </message>
    <message>
        <source>the terminal id is longer than %1 characters</source>
        <translation>the terminal id is longer than %1 characters</translation>
    </message>
    <message>
        <source>Please try again. If it keeps happening, ask the shop staff.</source>
        <translation>Please try again. If it keeps happening, ask the shop staff.</translation>
    </message>
    <message>
        <source>Please ask the shop staff for help.</source>
        <translation>Please ask the shop staff for help.</translation>
    </message>
    <message>
        <source>Nothing more happens to this cancellation. The shop staff can open it again if needed.</source>
        <translation>Nothing more happens to this cancellation. The shop staff can open it again if needed.</translation>
    </message>
    <message>
        <source>Staff: check this kiosk&apos;s relay settings (access key, terminal key, API version).</source>
        <translation>Staff: check this kiosk&apos;s relay settings (access key, terminal key, API version).</translation>
    </message>
    <message>
        <source>Nothing needs to be done: the kiosk follows the payment to its end.</source>
        <translation>Nothing needs to be done: the kiosk follows the payment to its end.</translation>
    </message>
    <message>
        <source>The signature was not accepted</source>
        <translation>The signature was not accepted</translation>
    </message>
    <message>
        <source>Sign with the wallet the kiosk names, then try again.</source>
        <translation>Sign with the wallet the kiosk names, then try again.</translation>
    </message>
    <message>
        <source>The blockchain does not allow this now</source>
        <translation>The blockchain does not allow this now</translation>
    </message>
    <message>
        <source>This payment can no longer be cancelled</source>
        <translation>This payment can no longer be cancelled</translation>
    </message>
    <message>
        <source>The loyalty system refused this step</source>
        <translation>The loyalty system refused this step</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to do this</source>
        <translation>This kiosk is not allowed to do this</translation>
    </message>
    <message>
        <source>This payment was not found</source>
        <translation>This payment was not found</translation>
    </message>
    <message>
        <source>The shop cannot be asked</source>
        <translation>The shop cannot be asked</translation>
    </message>
    <message>
        <source>This cancellation is not waiting for an approval</source>
        <translation>This cancellation is not waiting for an approval</translation>
    </message>
    <message>
        <source>This cancellation cannot be opened now</source>
        <translation>This cancellation cannot be opened now</translation>
    </message>
    <message>
        <source>This cancellation cannot be closed now</source>
        <translation>This cancellation cannot be closed now</translation>
    </message>
    <message>
        <source>Already approved</source>
        <translation>Already approved</translation>
    </message>
    <message>
        <source>This cancellation is already closed</source>
        <translation>This cancellation is already closed</translation>
    </message>
    <message>
        <source>It is too late to reject</source>
        <translation>It is too late to reject</translation>
    </message>
    <message>
        <source>Not finished yet</source>
        <translation>Not finished yet</translation>
    </message>
    <message>
        <source>The blockchain refused this step</source>
        <translation>The blockchain refused this step</translation>
    </message>
    <message>
        <source>The time to approve ran out</source>
        <translation>The time to approve ran out</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose the cancellation again to start over.</source>
        <translation>Nothing was changed. Choose the cancellation again to start over.</translation>
    </message>
    <message>
        <source>the relay&apos;s answer was cut off: %1</source>
        <translation>the relay&apos;s answer was cut off: %1</translation>
    </message>
    <message>
        <source>the relay&apos;s answer was cut off (%1 of %2 bytes)</source>
        <translation>the relay&apos;s answer was cut off (%1 of %2 bytes)</translation>
    </message>
    <message>
        <source>the relay answered the nonce of another account</source>
        <translation>the relay answered the nonce of another account</translation>
    </message>
    <message>
        <source>the relay answered about another payment (%1, not %2)</source>
        <translation>the relay answered about another payment (%1, not %2)</translation>
    </message>
    <message>
        <source>the relay answered about another shop</source>
        <translation>the relay answered about another shop</translation>
    </message>
    <message>
        <source>is %1, outside %2..%3</source>
        <translation>is %1, outside %2..%3</translation>
    </message>
    <message>
        <source>no CA certificate can be read from %1 (ca_file)</source>
        <translation>no CA certificate can be read from %1 (ca_file)</translation>
    </message>
    <message>
        <source>TLS failure: the relay&apos;s certificate does not hold a pinned key (pin_sha256)</source>
        <translation>TLS failure: the relay&apos;s certificate does not hold a pinned key (pin_sha256)</translation>
    </message>
    <message>
        <source>pin_sha256: &quot;%1&quot; is not a base64 SHA-256 digest (make one with: openssl x509 -in CERT -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64)</source>
        <translation>pin_sha256: &quot;%1&quot; is not a base64 SHA-256 digest (make one with: openssl x509 -in CERT -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64)</translation>
    </message>
</context>
<context>
    <name>kiosk::scan</name>
    <message>
        <source>[scan] %1 = “%2”: %3</source>
        <translation>[scan] %1 = “%2”: %3</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>the sources are camera, wedge and serial</source>
        <translation>the sources are camera, wedge and serial</translation>
    </message>
    <message>
        <source>[scan] serial_port is needed when the sources include serial</source>
        <translation>[scan] serial_port is needed when the sources include serial</translation>
    </message>
</context>
<context>
    <name>kiosk::scan::CameraScanSource</name>
    <message>
        <source>Camera %1</source>
        <translation>Camera %1</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Camera off</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>No camera is connected. Connect one to scan QR codes.</source>
        <translation>No camera is connected. Connect one to scan QR codes.</translation>
    </message>
    <message>
        <source>The camera “%1” is not connected.</source>
        <translation>The camera “%1” is not connected.</translation>
    </message>
    <message>
        <source>Waiting for a camera</source>
        <translation>Waiting for a camera</translation>
    </message>
    <message>
        <source>Starting camera %1</source>
        <translation>Starting camera %1</translation>
    </message>
    <message>
        <source>Camera %1 ready: show the QR code</source>
        <translation>Camera %1 ready: show the QR code</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>The camera %1 could not be used: %2. Check that no other program is using it and that the kiosk&apos;s user may open it (the “video” group).</source>
        <translation>The camera %1 could not be used: %2. Check that no other program is using it and that the kiosk&apos;s user may open it (the “video” group).</translation>
    </message>
    <message>
        <source>Camera unavailable; trying again</source>
        <translation>Camera unavailable; trying again</translation>
    </message>
    <message>
        <source>The camera %1 was disconnected.</source>
        <translation>The camera %1 was disconnected.</translation>
    </message>
    <message>
        <source>Waiting for the camera to come back</source>
        <translation>Waiting for the camera to come back</translation>
    </message>
</context>
<context>
    <name>kiosk::scan::KeyboardWedgeScanSource</name>
    <message>
        <source>The keyboard scanner needs a running application.</source>
        <translation>The keyboard scanner needs a running application.</translation>
    </message>
    <message>
        <source>Keyboard scanner ready</source>
        <translation>Keyboard scanner ready</translation>
    </message>
    <message>
        <source>Keyboard scanner off</source>
        <translation>Keyboard scanner off</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>Keyboard scanner</translation>
    </message>
</context>
<context>
    <name>kiosk::scan::SerialScanSource</name>
    <message>
        <source>Scanner on %1</source>
        <translation>Scanner on %1</translation>
    </message>
    <message>
        <source>No serial port is configured for the scanner.</source>
        <translation>No serial port is configured for the scanner.</translation>
    </message>
    <message>
        <source>Scanner on %1 off</source>
        <translation>Scanner on %1 off</translation>
    </message>
    <message>
        <source>Scanner on %1 ready</source>
        <translation>Scanner on %1 ready</translation>
    </message>
    <message>
        <source>Waiting for the scanner on %1</source>
        <translation>Waiting for the scanner on %1</translation>
    </message>
    <message>
        <source>The scanner on %1 sent more than %2 KiB without an end of line; that data was dropped.</source>
        <translation>The scanner on %1 sent more than %2 KiB without an end of line; that data was dropped.</translation>
    </message>
    <message>
        <source>The scanner&apos;s port %1 does not exist (is the scanner plugged in?).</source>
        <translation>The scanner&apos;s port %1 does not exist (is the scanner plugged in?).</translation>
    </message>
    <message>
        <source>The kiosk may not open %1: it is in use, or the kiosk&apos;s user is not in the “dialout” group.</source>
        <translation>The kiosk may not open %1: it is in use, or the kiosk&apos;s user is not in the “dialout” group.</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 is already open.</translation>
    </message>
    <message>
        <source>The scanner on %1 was disconnected.</source>
        <translation>The scanner on %1 was disconnected.</translation>
    </message>
    <message>
        <source>Reading from the scanner on %1 failed (%2); connecting again.</source>
        <translation>Reading from the scanner on %1 failed (%2); connecting again.</translation>
    </message>
    <message>
        <source>%1 does not support the settings (%2 baud, 8N1).</source>
        <translation>%1 does not support the settings (%2 baud, 8N1).</translation>
    </message>
    <message>
        <source>The scanner on %1 failed: %2.</source>
        <translation>The scanner on %1 failed: %2.</translation>
    </message>
</context>
<context>
    <name>kiosk::session</name>
    <message>
        <source>the demo data holds a bad key for %1</source>
        <translation>the demo data holds a bad key for %1</translation>
    </message>
    <message>
        <source>cannot read the demo data %1: %2</source>
        <translation>cannot read the demo data %1: %2</translation>
    </message>
    <message>
        <source>the demo data %1 is not JSON: %2</source>
        <translation>the demo data %1 is not JSON: %2</translation>
    </message>
    <message>
        <source>the demo data names a shop it does not have</source>
        <translation>the demo data names a shop it does not have</translation>
    </message>
    <message>
        <source>the demo data %1 has no terminal or no wallets</source>
        <translation>the demo data %1 has no terminal or no wallets</translation>
    </message>
    <message>
        <source>the request does not say which wallet must sign</source>
        <translation>the request does not say which wallet must sign</translation>
    </message>
    <message>
        <source>the demo wallet holds no key for %1</source>
        <translation>the demo wallet holds no key for %1</translation>
    </message>
    <message>
        <source>cannot create the demo state directory %1</source>
        <translation>cannot create the demo state directory %1</translation>
    </message>
    <message>
        <source>The demo relay could not start: %1</source>
        <translation>The demo relay could not start: %1</translation>
    </message>
    <message numerus="yes">
        <source>The journal was damaged and was kept as %1; a new one was started, and %n unfinished cancellation(s) were carried over to be finished.</source>
        <translation>
            <numerusform>The journal was damaged and was kept as %1; a new one was started, and %n unfinished cancellation was carried over to be finished.</numerusform>
            <numerusform>The journal was damaged and was kept as %1; a new one was started, and %n unfinished cancellations were carried over to be finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>This kiosk cannot record cancellations: %1</source>
        <translation>This kiosk cannot record cancellations: %1</translation>
    </message>
    <message>
        <source>This kiosk cannot record cancellations right now. Nothing was sent. Staff can see why in staff mode.</source>
        <translation>This kiosk cannot record cancellations right now. Nothing was sent. Staff can see why in staff mode.</translation>
    </message>
    <message>
        <source>The relay at %1 does not answer (%2) since %3.</source>
        <translation>The relay at %1 does not answer (%2) since %3.</translation>
    </message>
    <message>
        <source>No relay is configured. Set its address in staff mode (Settings) or as [relay] url in %1; [kiosk] mode = demo runs the demonstration.</source>
        <translation>No relay is configured. Set its address in staff mode (Settings) or as [relay] url in %1; [kiosk] mode = demo runs the demonstration.</translation>
    </message>
    <message>
        <source>the kiosk has no state directory yet. Try again shortly.</source>
        <translation>the kiosk has no state directory yet. Try again shortly.</translation>
    </message>
</context>
<context>
    <name>kiosk::staff</name>
    <message>
        <source>the PIN must be digits only (0 to 9)</source>
        <translation>the PIN must be digits only (0 to 9)</translation>
    </message>
    <message>
        <source>the stored staff PIN hash is malformed: %1</source>
        <translation>the stored staff PIN hash is malformed: %1</translation>
    </message>
    <message>
        <source>the iterations must be a whole number from %1 to %2</source>
        <translation>the iterations must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>the salt must be 8 to 64 bytes in base64</source>
        <translation>the salt must be 8 to 64 bytes in base64</translation>
    </message>
    <message>
        <source>the hash must be %1 bytes in base64</source>
        <translation>the hash must be %1 bytes in base64</translation>
    </message>
    <message>
        <source>no random numbers for the PIN&apos;s salt</source>
        <translation>no random numbers for the PIN&apos;s salt</translation>
    </message>
    <message>
        <source>the PIN could not be hashed</source>
        <translation>the PIN could not be hashed</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>no state directory</source>
        <translation>no state directory</translation>
    </message>
    <message>
        <source>the scrypt cost must be LOG2_N from %1 to %2, R from 1 to %3 and P from 1 to %4</source>
        <translation>the scrypt cost must be LOG2_N from %1 to %2, R from 1 to %3 and P from 1 to %4</translation>
    </message>
    <message>
        <source>it must look like scrypt$LOG2_N$R$P$SALT$HASH (loyalty-kioskctl pin-hash makes one)</source>
        <translation>it must look like scrypt$LOG2_N$R$P$SALT$HASH (loyalty-kioskctl pin-hash makes one)</translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users than the kiosk&apos;s: fix it with: chmod 600 %1</source>
        <translation>%1 can be read or changed by other users than the kiosk&apos;s: fix it with: chmod 600 %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the staff PIN&apos;s hash is in kiosk.conf, which other users can read: move it to %1 (mode 600) and empty [staff] pin_hash</source>
        <translation>the staff PIN&apos;s hash is in kiosk.conf, which other users can read: move it to %1 (mode 600) and empty [staff] pin_hash</translation>
    </message>
    <message>
        <source>%1: %2; remove it to use %3 again</source>
        <translation>%1: %2; remove it to use %3 again</translation>
    </message>
    <message>
        <source>the PIN must be %1 to %2 digits long</source>
        <translation>the PIN must be %1 to %2 digits long</translation>
    </message>
    <message>
        <source>the set-up code must be %1 to %2 digits (0 to 9)</source>
        <translation>the set-up code must be %1 to %2 digits (0 to 9)</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::AttractScreen</name>
    <message>
        <source>Cancel a purchase paid with points</source>
        <translation>Cancel a purchase paid with points</translation>
    </message>
    <message>
        <source>If the shop cancelled your purchase, approve it here to get your points back.</source>
        <translation>If the shop cancelled your purchase, approve it here to get your points back.</translation>
    </message>
    <message>
        <source>Demo mode: a simulated loyalty system and a demo wallet. No real points are used.</source>
        <translation>Demo mode: a simulated loyalty system and a demo wallet. No real points are used.</translation>
    </message>
    <message>
        <source>Connecting to the loyalty system…</source>
        <translation>Connecting to the loyalty system…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Shows the cancellations waiting at this kiosk</source>
        <translation>Shows the cancellations waiting at this kiosk</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <source>For shop staff: asks for the staff PIN</source>
        <translation>For shop staff: asks for the staff PIN</translation>
    </message>
    <message>
        <source>Staff PIN in this demo: %1</source>
        <translation>Staff PIN in this demo: %1</translation>
    </message>
    <message>
        <source>This kiosk is out of service right now</source>
        <translation>This kiosk is out of service right now</translation>
    </message>
    <message>
        <source>Please ask the staff at the counter for help, or come back a little later.</source>
        <translation>Please ask the staff at the counter for help, or come back a little later.</translation>
    </message>
    <message>
        <source>This screen comes back by itself when the kiosk works again.</source>
        <translation>This screen comes back by itself when the kiosk works again.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CameraPreview</name>
    <message>
        <source>Camera view</source>
        <translation>Camera view</translation>
    </message>
    <message>
        <source>Shows what the scanner camera sees</source>
        <translation>Shows what the scanner camera sees</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ConnectionTab</name>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Relay: demo relay (bundled simulator). No real payments are touched.</source>
        <translation>Relay: demo relay (bundled simulator). No real payments are touched.</translation>
    </message>
    <message>
        <source>Relay: %1 (API %2)</source>
        <translation>Relay: %1 (API %2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>Asking the relay…</translation>
    </message>
    <message>
        <source>Relay connection</source>
        <translation>Relay connection</translation>
    </message>
    <message>
        <source>the kiosk is still connecting</source>
        <translation>the kiosk is still connecting</translation>
    </message>
    <message>
        <source>check the relay URL on the Settings tab, restart the kiosk, then check again</source>
        <translation>check the relay URL on the Settings tab, restart the kiosk, then check again</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>HTTPS, checked against the system&apos;s certificates</source>
        <translation>HTTPS, checked against the system&apos;s certificates</translation>
    </message>
    <message>
        <source>HTTPS, checked against %1</source>
        <translation>HTTPS, checked against %1</translation>
    </message>
    <message>
        <source>plain HTTP, but only within this computer</source>
        <translation>plain HTTP, but only within this computer</translation>
    </message>
    <message>
        <source>plain HTTP to %1: anyone on the network can read and change it</source>
        <translation>plain HTTP to %1: anyone on the network can read and change it</translation>
    </message>
    <message>
        <source>use an https:// relay URL on the Settings tab</source>
        <translation>use an https:// relay URL on the Settings tab</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>Terminal id</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>set the terminal id on the Settings tab (at most 66 characters)</source>
        <translation>set the terminal id on the Settings tab (at most 66 characters)</translation>
    </message>
    <message>
        <source>Terminal key</source>
        <translation>Terminal key</translation>
    </message>
    <message>
        <source>requests are signed by %1; the relay must list this address as a payment signer</source>
        <translation>requests are signed by %1; the relay must list this address as a payment signer</translation>
    </message>
    <message>
        <source>set [terminal] key in kiosk.conf (the v2 API needs it), then restart the kiosk</source>
        <translation>set [terminal] key in kiosk.conf (the v2 API needs it), then restart the kiosk</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Access key</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>set [relay] access_key in kiosk.conf (the v1 API needs it), then restart the kiosk</source>
        <translation>set [relay] access_key in kiosk.conf (the v1 API needs it), then restart the kiosk</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms (chain %3)</source>
        <translation>%1 answered in %2 ms (chain %3)</translation>
    </message>
    <message>
        <source>check the network cable or Wi-Fi and the relay URL; if they are right, the relay may be down</source>
        <translation>check the network cable or Wi-Fi and the relay URL; if they are right, the relay may be down</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message numerus="yes">
        <source>this kiosk is %n second(s) ahead of the relay</source>
        <translation>
            <numerusform>this kiosk is %n second ahead of the relay</numerusform>
            <numerusform>this kiosk is %n seconds ahead of the relay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this kiosk is %n second(s) behind the relay</source>
        <translation>
            <numerusform>this kiosk is %n second behind the relay</numerusform>
            <numerusform>this kiosk is %n seconds behind the relay</numerusform>
        </translation>
    </message>
    <message>
        <source>the 45-second approval window needs a correct clock: check the time synchronisation (NTP)</source>
        <translation>the 45-second approval window needs a correct clock: check the time synchronisation (NTP)</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Check the connection</translation>
    </message>
    <message>
        <source>Asks the relay for an answer and checks this kiosk&apos;s settings</source>
        <translation>Asks the relay for an answer and checks this kiosk&apos;s settings</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>Each check with OK or the problem and what to do</source>
        <translation>Each check with OK or the problem and what to do</translation>
    </message>
    <message>
        <source>fix [relay] ca_file in kiosk.conf, then restart the kiosk</source>
        <translation>fix [relay] ca_file in kiosk.conf, then restart the kiosk</translation>
    </message>
    <message>
        <source>Relay kind</source>
        <translation>Relay kind</translation>
    </message>
    <message>
        <source>a v1-only relay: no task feed; payments are followed by asking the relay</source>
        <translation>a v1-only relay: no task feed; payments are followed by asking the relay</translation>
    </message>
    <message>
        <source>a v2 relay with the task feed</source>
        <translation>a v2 relay with the task feed</translation>
    </message>
    <message>
        <source>check again in a moment; if it stays, the relay may be down</source>
        <translation>check again in a moment; if it stays, the relay may be down</translation>
    </message>
    <message>
        <source>this relay has no v2 API: choose v1 on the Settings tab and set [relay] access_key in kiosk.conf</source>
        <translation>this relay has no v2 API: choose v1 on the Settings tab and set [relay] access_key in kiosk.conf</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CountdownRing</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CustomerBar</name>
    <message>
        <source>한국어</source>
        <comment>the language this button switches to</comment>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Switch to Korean</source>
        <comment>the language this button switches to</comment>
        <translation>Switch to Korean · 한국어로 전환</translation>
    </message>
    <message>
        <source>Changes every text at once</source>
        <translation>Changes every text at once</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Doubles the size of all text</source>
        <translation>Doubles the size of all text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Light text on black, for low vision</source>
        <translation>Light text on black, for low vision</translation>
    </message>
    <message>
        <source>Low screen</source>
        <translation>Low screen</translation>
    </message>
    <message>
        <source>Moves everything to the lower part of the screen, for wheelchair users</source>
        <translation>Moves everything to the lower part of the screen, for wheelchair users</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Read aloud unavailable</source>
        <translation>Read aloud unavailable</translation>
    </message>
    <message>
        <source>Reads this screen and the control you move to aloud through the earphone jack. Amounts only when you ask.</source>
        <translation>Reads this screen and the control you move to aloud through the earphone jack. Amounts only when you ask.</translation>
    </message>
    <message>
        <source>This kiosk cannot speak right now. Please ask the staff for help.</source>
        <translation>This kiosk cannot speak right now. Please ask the staff for help.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::DetailScreen</name>
    <message>
        <source>Cancel this purchase?</source>
        <translation>Cancel this purchase?</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Purchase %1</source>
        <translation>Purchase %1</translation>
    </message>
    <message>
        <source>Paid with points: %1</source>
        <translation>Paid with points: %1</translation>
    </message>
    <message>
        <source>Your points go back to your wallet after your wallet signs</source>
        <translation>Your points go back to your wallet after your wallet signs</translation>
    </message>
    <message>
        <source>The purchase stays as it is</source>
        <translation>The purchase stays as it is</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Yes: the purchase is cancelled and your points go back to your wallet. No: the purchase stays as it is. Either way you confirm with your phone&apos;s wallet app.</source>
        <translation>Yes: the purchase is cancelled and your points go back to your wallet. No: the purchase stays as it is. Either way you confirm with your phone&apos;s wallet app.</translation>
    </message>
    <message>
        <source>Yes, cancel and return my points</source>
        <translation>Yes, cancel and return my points</translation>
    </message>
    <message>
        <source>No, keep the purchase</source>
        <translation>No, keep the purchase</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Returns to the list of your purchases</source>
        <translation>Returns to the list of your purchases</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::DiagnosticsTab</name>
    <message>
        <source>Scanned: %1</source>
        <translation>Scanned: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>No scanners are configured (Settings tab, Scanners).</source>
        <translation>No scanners are configured (Settings tab, Scanners).</translation>
    </message>
    <message>
        <source>Test started: %1. Scan any QR code.</source>
        <translation>Test started: %1. Scan any QR code.</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>Test stopped.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>Application: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (built with %2)</translation>
    </message>
    <message>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
    <message>
        <source>ZXing (QR reading): %1.%2.%3</source>
        <translation>ZXing (QR reading): %1.%2.%3</translation>
    </message>
    <message>
        <source>libqrencode (QR drawing): %1</source>
        <translation>libqrencode (QR drawing): %1</translation>
    </message>
    <message>
        <source>Mode: demo (bundled simulator, demo data)</source>
        <translation>Mode: demo (bundled simulator, demo data)</translation>
    </message>
    <message>
        <source>Mode: relay %1</source>
        <translation>Mode: relay %1</translation>
    </message>
    <message>
        <source>State folder: %1</source>
        <translation>State folder: %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>Configuration file: %1</translation>
    </message>
    <message>
        <source>none (built-in defaults)</source>
        <translation>none (built-in defaults)</translation>
    </message>
    <message>
        <source>Staff settings file: %1</source>
        <translation>Staff settings file: %1</translation>
    </message>
    <message>
        <source>Scanners: %1</source>
        <translation>Scanners: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Versions and files</source>
        <translation>Versions and files</translation>
    </message>
    <message>
        <source>Software versions, where the kiosk keeps its files and where the logs go</source>
        <translation>Software versions, where the kiosk keeps its files and where the logs go</translation>
    </message>
    <message>
        <source>Test the scanners</source>
        <translation>Test the scanners</translation>
    </message>
    <message>
        <source>Turns on the camera and the other scanners and lists every code they read</source>
        <translation>Turns on the camera and the other scanners and lists every code they read</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Stop the test</translation>
    </message>
    <message>
        <source>Turns the scanners off again</source>
        <translation>Turns the scanners off again</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Scanner test</translation>
    </message>
    <message>
        <source>What the scanners read and report, newest last</source>
        <translation>What the scanners read and report, newest last</translation>
    </message>
    <message>
        <source>Logs: the latest below; all in the system journal (journalctl -u loyalty-kiosk)</source>
        <translation>Logs: the latest below; all in the system journal (journalctl -u loyalty-kiosk)</translation>
    </message>
    <message>
        <source>Show the latest log lines</source>
        <translation>Show the latest log lines</translation>
    </message>
    <message>
        <source>Reloads the kiosk&apos;s most recent log lines below</source>
        <translation>Reloads the kiosk&apos;s most recent log lines below</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>The kiosk&apos;s most recent log lines, newest last</source>
        <translation>The kiosk&apos;s most recent log lines, newest last</translation>
    </message>
    <message>
        <source>Attention: %1</source>
        <translation>Attention: %1</translation>
    </message>
    <message>
        <source>No camera and no scanner can read codes: customers cannot answer with their phone. Connect one, or check the Scanners setting.</source>
        <translation>No camera and no scanner can read codes: customers cannot answer with their phone. Connect one, or check the Scanners setting.</translation>
    </message>
    <message>
        <source>Drop-in files (read after it, in this order): %1</source>
        <translation>Drop-in files (read after it, in this order): %1</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ErrorPresenter</name>
    <message>
        <source>Please ask the shop staff for help.</source>
        <translation>Please ask the shop staff for help.</translation>
    </message>
    <message>
        <source>The loyalty system cannot be reached</source>
        <translation>The loyalty system cannot be reached</translation>
    </message>
    <message>
        <source>Please try again in a moment. If it keeps happening, ask the shop staff.</source>
        <translation>Please try again in a moment. If it keeps happening, ask the shop staff.</translation>
    </message>
    <message>
        <source>This cancellation cannot go on</source>
        <translation>This cancellation cannot go on</translation>
    </message>
    <message>
        <source>The loyalty system refused this step</source>
        <translation>The loyalty system refused this step</translation>
    </message>
    <message>
        <source>Please try again. If it keeps happening, ask the shop staff.</source>
        <translation>Please try again. If it keeps happening, ask the shop staff.</translation>
    </message>
    <message>
        <source>The loyalty system&apos;s answer could not be read</source>
        <translation>The loyalty system&apos;s answer could not be read</translation>
    </message>
    <message>
        <source>The approval failed on the blockchain</source>
        <translation>The approval failed on the blockchain</translation>
    </message>
    <message>
        <source>Nothing was changed. Please try the approval again.</source>
        <translation>Nothing was changed. Please try the approval again.</translation>
    </message>
    <message>
        <source>This purchase can no longer be cancelled here</source>
        <translation>This purchase can no longer be cancelled here</translation>
    </message>
    <message>
        <source>Please ask the staff.</source>
        <translation>Please ask the staff.</translation>
    </message>
    <message>
        <source>Nothing was changed. Tap Try again to get a new code with the full time, or Done to stop.</source>
        <translation>Nothing was changed. Tap Try again to get a new code with the full time, or Done to stop.</translation>
    </message>
    <message>
        <source>The staff can look up the reason.</source>
        <translation>The staff can look up the reason.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ErrorScreen</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Starts this cancellation again</source>
        <translation>Starts this cancellation again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Returns to the start screen</source>
        <translation>Returns to the start screen</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::HistoryTab</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Cannot read the history: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Not opened</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (in progress)</translation>
    </message>
    <message>
        <source>Not exported: the history is not open yet.</source>
        <translation>Not exported: the history is not open yet.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Search: purchase id, payment id or shop</source>
        <translation>Search: purchase id, payment id or shop</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <source>Shows only cancellations whose purchase id, payment id or shop contains this text</source>
        <translation>Shows only cancellations whose purchase id, payment id or shop contains this text</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Reads the history again</source>
        <translation>Reads the history again</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Saves the rows shown as a CSV file in the kiosk&apos;s state folder</source>
        <translation>Saves the rows shown as a CSV file in the kiosk&apos;s state folder</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Cancellation history</source>
        <translation>Cancellation history</translation>
    </message>
    <message>
        <source>Cancellations handled at this kiosk, newest first</source>
        <translation>Cancellations handled at this kiosk, newest first</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::IdentifyScreen</name>
    <message>
        <source>Purchase number: nothing typed yet</source>
        <translation>Purchase number: nothing typed yet</translation>
    </message>
    <message>
        <source>Purchase number: %1</source>
        <translation>Purchase number: %1</translation>
    </message>
    <message>
        <source>Find your purchase</source>
        <translation>Find your purchase</translation>
    </message>
    <message>
        <source>Hold the barcode on your receipt, or your wallet app&apos;s address code, up to the scanner below the screen. Or type the purchase number from your receipt.</source>
        <translation>Hold the barcode on your receipt, or your wallet app&apos;s address code, up to the scanner below the screen. Or type the purchase number from your receipt.</translation>
    </message>
    <message>
        <source>That code is not a receipt or a wallet address. Please try the barcode on your receipt, or type the purchase number.</source>
        <translation>That code is not a receipt or a wallet address. Please try the barcode on your receipt, or type the purchase number.</translation>
    </message>
    <message>
        <source>Types this digit</source>
        <translation>Types this digit</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Erases the last digit</source>
        <translation>Erases the last digit</translation>
    </message>
    <message>
        <source>Show my purchases</source>
        <translation>Show my purchases</translation>
    </message>
    <message>
        <source>Shows the cancellations for this purchase number</source>
        <translation>Shows the cancellations for this purchase number</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Returns to the start screen</source>
        <translation>Returns to the start screen</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::KeypadNavigator</name>
    <message>
        <source>%1, on</source>
        <translation>%1, on</translation>
    </message>
    <message>
        <source>%1, off</source>
        <translation>%1, off</translation>
    </message>
    <message>
        <source>%1, unavailable</source>
        <translation>%1, unavailable</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a control&apos;s name, then what it does</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n second(s) left.</source>
        <translation>
            <numerusform>%n second left.</numerusform>
            <numerusform>%n seconds left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your wallet&apos;s answer did not arrive within the time limit.</source>
        <translation>Your wallet&apos;s answer did not arrive within the time limit.</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <translation>Volume %1 of %2</translation>
    </message>
    <message>
        <source>Speed %1 of %2</source>
        <translation>Speed %1 of %2</translation>
    </message>
    <message>
        <source>There is no amount on this screen.</source>
        <translation>There is no amount on this screen.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the loyalty system.</source>
        <translation>The kiosk cannot reach the loyalty system.</translation>
    </message>
    <message>
        <source>Something in the kiosk&apos;s set-up needs fixing. Staff can see what in staff mode.</source>
        <translation>Something in the kiosk&apos;s set-up needs fixing. Staff can see what in staff mode.</translation>
    </message>
    <message>
        <source>This kiosk has not been set up yet. Staff can set it up in staff mode.</source>
        <translation>This kiosk has not been set up yet. Staff can set it up in staff mode.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>On-screen keyboard</source>
        <translation>On-screen keyboard</translation>
    </message>
    <message>
        <source>Shift: the next letter in capitals</source>
        <translation>Shift: the next letter in capitals</translation>
    </message>
    <message>
        <source>English letters</source>
        <translation>English letters</translation>
    </message>
    <message>
        <source>Korean letters</source>
        <translation>Korean letters</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbols</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::OpenTab</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <source>The relay could not be reached: %1</source>
        <translation>The relay could not be reached: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <source>Could not look it up: %1</source>
        <translation>Could not look it up: %1</translation>
    </message>
    <message>
        <source>The kiosk is still connecting to the relay. Try again shortly.</source>
        <translation>The kiosk is still connecting to the relay. Try again shortly.</translation>
    </message>
    <message>
        <source>The kiosk is not connected to the relay: %1</source>
        <translation>The kiosk is not connected to the relay: %1</translation>
    </message>
    <message>
        <source>Purchase: %1</source>
        <translation>Purchase: %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Shop: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Ready: the customer can now choose this payment on the customer screen.</source>
        <translation>Ready: the customer can now choose this payment on the customer screen.</translation>
    </message>
    <message>
        <source>A cancellation is already open: it can be handed to the customer.</source>
        <translation>A cancellation is already open: it can be handed to the customer.</translation>
    </message>
    <message>
        <source>This payment can be cancelled here.</source>
        <translation>This payment can be cancelled here.</translation>
    </message>
    <message>
        <source>This payment cannot be cancelled here in its present state.</source>
        <translation>This payment cannot be cancelled here in its present state.</translation>
    </message>
    <message>
        <source>Payment id (0x…) or purchase id from the receipt</source>
        <translation>Payment id (0x…) or purchase id from the receipt</translation>
    </message>
    <message>
        <source>0x… or purchase id</source>
        <translation>0x… or purchase id</translation>
    </message>
    <message>
        <source>Payment id or purchase id</source>
        <translation>Payment id or purchase id</translation>
    </message>
    <message>
        <source>The payment id (0x and 64 hexadecimal digits) or the purchase id</source>
        <translation>The payment id (0x and 64 hexadecimal digits) or the purchase id</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Asks the relay for this payment</source>
        <translation>Asks the relay for this payment</translation>
    </message>
    <message>
        <source>Open for the customer</source>
        <translation>Open for the customer</translation>
    </message>
    <message>
        <source>Lists this payment on the customer screen so the customer can approve its cancellation</source>
        <translation>Lists this payment on the customer screen so the customer can approve its cancellation</translation>
    </message>
    <message>
        <source>Waiting at this kiosk (customers see only their own, after they scan their receipt or wallet, or type the purchase number):</source>
        <translation>Waiting at this kiosk (customers see only their own, after they scan their receipt or wallet, or type the purchase number):</translation>
    </message>
    <message>
        <source>%1 · %2 · purchase %3 · %4 (%5)</source>
        <translation>%1 · %2 · purchase %3 · %4 (%5)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::PendingScreen</name>
    <message>
        <source>Cancellation opened %1</source>
        <translation>Cancellation opened %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Paid %1</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Purchase %1</source>
        <translation>Purchase %1</translation>
    </message>
    <message>
        <source>Choose your purchase</source>
        <translation>Choose your purchase</translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s) waiting. Touch yours.</source>
        <translation>
            <numerusform>%n cancellation waiting. Touch yours.</numerusform>
            <numerusform>%n cancellations waiting. Touch yours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>shop: amount</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shows this purchase and asks whether to cancel it</source>
        <translation>Shows this purchase and asks whether to cancel it</translation>
    </message>
    <message>
        <source>Looking for your purchases…</source>
        <translation>Looking for your purchases…</translation>
    </message>
    <message>
        <source>No cancellation is waiting for this purchase. Please check the number on your receipt, or ask the shop staff.</source>
        <translation>No cancellation is waiting for this purchase. Please check the number on your receipt, or ask the shop staff.</translation>
    </message>
    <message>
        <source>Returns to finding your purchase</source>
        <translation>Returns to finding your purchase</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::PinScreen</name>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The PIN has %1 to %2 digits.</source>
        <translation>The PIN has %1 to %2 digits.</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>Wrong PIN. Please try again.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Enter the staff PIN.</translation>
    </message>
    <message>
        <source>PIN entered so far</source>
        <translation>PIN entered so far</translation>
    </message>
    <message>
        <source>Adds the digit %1 to the PIN</source>
        <translation>Adds the digit %1 to the PIN</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Removes the last digit of the PIN</source>
        <translation>Removes the last digit of the PIN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Checks the PIN and opens staff mode</source>
        <translation>Checks the PIN and opens staff mode</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Returns to the customer screens</source>
        <translation>Returns to the customer screens</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>The set-up code has %1 to %2 digits.</source>
        <translation>The set-up code has %1 to %2 digits.</translation>
    </message>
    <message>
        <source>Wrong set-up code. Please try again.</source>
        <translation>Wrong set-up code. Please try again.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong set-up codes. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong set-up codes. Try again in %n second.</numerusform>
            <numerusform>Too many wrong set-up codes. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. Please contact your kiosk provider.</source>
        <translation>Staff mode is not set up on this kiosk. Please contact your kiosk provider.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose a PIN again.</source>
        <translation>The two PINs were not the same. Please choose a PIN again.</translation>
    </message>
    <message>
        <source>Saving the new PIN…</source>
        <translation>Saving the new PIN…</translation>
    </message>
    <message>
        <source>The new PIN could not be saved: %1</source>
        <translation>The new PIN could not be saved: %1</translation>
    </message>
    <message>
        <source>Set up staff mode</source>
        <translation>Set up staff mode</translation>
    </message>
    <message>
        <source>No staff PIN is set up yet. Enter the set-up code from your kiosk provider.</source>
        <translation>No staff PIN is set up yet. Enter the set-up code from your kiosk provider.</translation>
    </message>
    <message>
        <source>Choose a staff PIN of %1 to %2 digits. Staff will use it to open staff mode.</source>
        <translation>Choose a staff PIN of %1 to %2 digits. Staff will use it to open staff mode.</translation>
    </message>
    <message>
        <source>Enter the new PIN again.</source>
        <translation>Enter the new PIN again.</translation>
    </message>
    <message>
        <source>Set-up code entered so far</source>
        <translation>Set-up code entered so far</translation>
    </message>
    <message>
        <source>Adds the digit %1 to the set-up code</source>
        <translation>Adds the digit %1 to the set-up code</translation>
    </message>
    <message>
        <source>Checks the set-up code</source>
        <translation>Checks the set-up code</translation>
    </message>
    <message>
        <source>Takes this PIN; you enter it again next</source>
        <translation>Takes this PIN; you enter it again next</translation>
    </message>
    <message>
        <source>Saves the new PIN and opens staff mode</source>
        <translation>Saves the new PIN and opens staff mode</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ProgressScreen</name>
    <message>
        <source>One moment…</source>
        <translation>One moment…</translation>
    </message>
    <message>
        <source>The kiosk is preparing the code for your wallet.</source>
        <translation>The kiosk is preparing the code for your wallet.</translation>
    </message>
    <message>
        <source>Checking and sending your signature…</source>
        <translation>Checking and sending your signature…</translation>
    </message>
    <message>
        <source>Your wallet&apos;s signature is correct. It is being sent to the loyalty system.</source>
        <translation>Your wallet&apos;s signature is correct. It is being sent to the loyalty system.</translation>
    </message>
    <message>
        <source>Waiting for confirmation…</source>
        <translation>Waiting for confirmation…</translation>
    </message>
    <message>
        <source>Your choice was received. The blockchain confirms it in a few seconds. You may leave: the kiosk finishes it for you.</source>
        <translation>Your choice was received. The blockchain confirms it in a few seconds. You may leave: the kiosk finishes it for you.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Returns to the start screen; the kiosk finishes this</source>
        <translation>Returns to the start screen; the kiosk finishes this</translation>
    </message>
    <message>
        <source>No signature needed</source>
        <translation>No signature needed</translation>
    </message>
    <message>
        <source>This shop lets the loyalty system approve cancellations for it: no wallet needs to sign. The kiosk follows it until it is done. You may leave.</source>
        <translation>This shop lets the loyalty system approve cancellations for it: no wallet needs to sign. The kiosk follows it until it is done. You may leave.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::QrCodeWidget</name>
    <message>
        <source>QR code for your wallet</source>
        <translation>QR code for your wallet</translation>
    </message>
    <message>
        <source>An animated code: keep your wallet&apos;s camera on it until it has read every part</source>
        <translation>An animated code: keep your wallet&apos;s camera on it until it has read every part</translation>
    </message>
    <message>
        <source>Scan this code with your wallet app, then show the kiosk your wallet&apos;s answer</source>
        <translation>Scan this code with your wallet app, then show the kiosk your wallet&apos;s answer</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::QrScreen</name>
    <message>
        <source>Scan this code with your wallet to approve</source>
        <translation>Scan this code with your wallet to approve</translation>
    </message>
    <message>
        <source>Scan this code with your wallet to reject</source>
        <translation>Scan this code with your wallet to reject</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left. The loyalty system sets this limit; it cannot be extended.</source>
        <translation>
            <numerusform>%n second left. The loyalty system sets this limit; it cannot be extended.</numerusform>
            <numerusform>%n seconds left. The loyalty system sets this limit; it cannot be extended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n second(s) left! If time runs out, nothing changes and you can start again.</source>
        <translation>
            <numerusform>Only %n second left! If time runs out, nothing changes and you can start again.</numerusform>
            <numerusform>Only %n seconds left! If time runs out, nothing changes and you can start again.</numerusform>
        </translation>
    </message>
    <message>
        <source>1. Open your wallet app and scan this code.
2. Check the purchase and sign.
3. Hold the code your phone shows up to the scanner.</source>
        <translation>1. Open your wallet app and scan this code.
2. Check the purchase and sign.
3. Hold the code your phone shows up to the scanner.</translation>
    </message>
    <message>
        <source>Waiting for your wallet&apos;s code…</source>
        <translation>Waiting for your wallet&apos;s code…</translation>
    </message>
    <message>
        <source>Reading your wallet&apos;s code: %1 %</source>
        <translation>Reading your wallet&apos;s code: %1 %</translation>
    </message>
    <message>
        <source>Sign with the demo wallet</source>
        <translation>Sign with the demo wallet</translation>
    </message>
    <message>
        <source>Demo mode only: answers the code as a phone wallet would</source>
        <translation>Demo mode only: answers the code as a phone wallet would</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stops here; nothing is sent and nothing changes</source>
        <translation>Stops here; nothing is sent and nothing changes</translation>
    </message>
    <message>
        <source>Signing request for your wallet</source>
        <translation>Signing request for your wallet</translation>
    </message>
    <message>
        <source>Sign (demo wallet)</source>
        <translation>Sign (demo wallet)</translation>
    </message>
    <message>
        <source>The shop owner&apos;s wallet must confirm this.</source>
        <translation>The shop owner&apos;s wallet must confirm this.</translation>
    </message>
    <message>
        <source>Use the wallet app you paid with.</source>
        <translation>Use the wallet app you paid with.</translation>
    </message>
    <message>
        <source>Works with the Loyalty wallet app and with wallets that can scan a signing request, such as Keystone.</source>
        <translation>Works with the Loyalty wallet app and with wallets that can scan a signing request, such as Keystone.</translation>
    </message>
    <message>
        <source>Hold the code on your phone up to the camera or to the scanner below the screen.</source>
        <translation>Hold the code on your phone up to the camera or to the scanner below the screen.</translation>
    </message>
    <message>
        <source>Hold the code on your phone up to the camera.</source>
        <translation>Hold the code on your phone up to the camera.</translation>
    </message>
    <message>
        <source>Hold the code on your phone up to the scanner below the screen.</source>
        <translation>Hold the code on your phone up to the scanner below the screen.</translation>
    </message>
    <message>
        <source>This kiosk cannot read your phone&apos;s code right now. Please ask the staff at the counter for help.</source>
        <translation>This kiosk cannot read your phone&apos;s code right now. Please ask the staff at the counter for help.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ReadyScreen</name>
    <message>
        <source>Open your wallet app and choose Scan</source>
        <translation>Open your wallet app and choose Scan</translation>
    </message>
    <message>
        <source>Picture: a phone held up to the scanner below the screen</source>
        <translation>Picture: a phone held up to the scanner below the screen</translation>
    </message>
    <message>
        <source>1. Unlock your phone.
2. Open the wallet app you paid with.
3. Choose Scan.
Then tap &quot;I&apos;m ready&quot;: a code appears here for your wallet to confirm that your points go back.</source>
        <translation>1. Unlock your phone.
2. Open the wallet app you paid with.
3. Choose Scan.
Then tap &quot;I&apos;m ready&quot;: a code appears here for your wallet to confirm that your points go back.</translation>
    </message>
    <message>
        <source>1. Unlock your phone.
2. Open the wallet app you paid with.
3. Choose Scan.
Then tap &quot;I&apos;m ready&quot;: a code appears here for your wallet to confirm that you keep the purchase.</source>
        <translation>1. Unlock your phone.
2. Open the wallet app you paid with.
3. Choose Scan.
Then tap &quot;I&apos;m ready&quot;: a code appears here for your wallet to confirm that you keep the purchase.</translation>
    </message>
    <message>
        <source>Afterwards your phone shows a code: hold it up to the scanner below the screen.</source>
        <translation>Afterwards your phone shows a code: hold it up to the scanner below the screen.</translation>
    </message>
    <message>
        <source>Afterwards your phone shows a code: hold it up to the camera.</source>
        <translation>Afterwards your phone shows a code: hold it up to the camera.</translation>
    </message>
    <message>
        <source>This kiosk cannot read your phone&apos;s code right now. Please ask the staff at the counter for help.</source>
        <translation>This kiosk cannot read your phone&apos;s code right now. Please ask the staff at the counter for help.</translation>
    </message>
    <message numerus="yes">
        <source>No time limit yet. After &quot;I&apos;m ready&quot; you have %n second(s).</source>
        <translation>
            <numerusform>No time limit yet. After &quot;I&apos;m ready&quot; you have %n second.</numerusform>
            <numerusform>No time limit yet. After &quot;I&apos;m ready&quot; you have %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m ready</source>
        <translation>I&apos;m ready</translation>
    </message>
    <message>
        <source>Shows the code for your wallet and starts the time</source>
        <translation>Shows the code for your wallet and starts the time</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Returns to the question</source>
        <translation>Returns to the question</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ResultScreen</name>
    <message>
        <source>Done: the purchase is cancelled</source>
        <translation>Done: the purchase is cancelled</translation>
    </message>
    <message>
        <source>Your points are back in your wallet. You can check them in your wallet app now.</source>
        <translation>Your points are back in your wallet. You can check them in your wallet app now.</translation>
    </message>
    <message>
        <source>Done: you rejected the cancellation</source>
        <translation>Done: you rejected the cancellation</translation>
    </message>
    <message>
        <source>Your purchase stays as it is and no points move. If this was a mistake, ask the shop staff to start the cancellation again.</source>
        <translation>Your purchase stays as it is and no points move. If this was a mistake, ask the shop staff to start the cancellation again.</translation>
    </message>
    <message>
        <source>The cancellation did not go through</source>
        <translation>The cancellation did not go through</translation>
    </message>
    <message>
        <source>No points were returned. Please show this screen to the shop staff.</source>
        <translation>No points were returned. Please show this screen to the shop staff.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Returns to the start screen</source>
        <translation>Returns to the start screen</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Amount: %1</translation>
    </message>
    <message>
        <source>Receipt
Shop: %1
Purchase: %2
Amount: %3
Result: %4
Time: %5
Staff can look this up by the purchase number.</source>
        <translation>Receipt
Shop: %1
Purchase: %2
Amount: %3
Result: %4
Time: %5
Staff can look this up by the purchase number.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::Screen</name>
    <message>
        <source>▼ More below ▼</source>
        <translation>▼ More below ▼</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SettingsTab</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Relay URL: %1.</source>
        <translation>Relay URL: %1.</translation>
    </message>
    <message>
        <source>Terminal id: needed to work with a relay (the id the relay knows this kiosk by).</source>
        <translation>Terminal id: needed to work with a relay (the id the relay knows this kiosk by).</translation>
    </message>
    <message>
        <source>Terminal id: at most %1 characters.</source>
        <translation>Terminal id: at most %1 characters.</translation>
    </message>
    <message>
        <source>Serial port: enter the scanner&apos;s port (for example /dev/ttyACM0), or turn the serial scanner off.</source>
        <translation>Serial port: enter the scanner&apos;s port (for example /dev/ttyACM0), or turn the serial scanner off.</translation>
    </message>
    <message>
        <source>Idle time: must be from %1 to %2 seconds.</source>
        <translation>Idle time: must be from %1 to %2 seconds.</translation>
    </message>
    <message>
        <source>Time to answer “Are you still there?”: must be from %1 to %2 seconds.</source>
        <translation>Time to answer “Are you still there?”: must be from %1 to %2 seconds.</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>Not saved. Please correct:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>relay URL</source>
        <translation>relay URL</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <source>terminal id</source>
        <translation>terminal id</translation>
    </message>
    <message>
        <source>scanners</source>
        <translation>scanners</translation>
    </message>
    <message>
        <source>Saved. The changes apply from the next customer.</source>
        <translation>Saved. The changes apply from the next customer.</translation>
    </message>
    <message>
        <source>Saved. Restart the kiosk for these changes to take effect: %1.</source>
        <translation>Saved. Restart the kiosk for these changes to take effect: %1.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the new PIN again.</source>
        <translation>The two PINs are not the same. Please type the new PIN again.</translation>
    </message>
    <message>
        <source>Not saved: the kiosk has no state directory yet.</source>
        <translation>Not saved: the kiosk has no state directory yet.</translation>
    </message>
    <message>
        <source>Saving the new PIN…</source>
        <translation>Saving the new PIN…</translation>
    </message>
    <message>
        <source>The new PIN is saved. Use it from now on.</source>
        <translation>The new PIN is saved. Use it from now on.</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>Relay URL</translation>
    </message>
    <message>
        <source>Relay API</source>
        <translation>Relay API</translation>
    </message>
    <message>
        <source>v1 (access key)</source>
        <translation>v1 (access key)</translation>
    </message>
    <message>
        <source>v2 (signed by the terminal key)</source>
        <translation>v2 (signed by the terminal key)</translation>
    </message>
    <message>
        <source>Which version of the relay&apos;s API to use</source>
        <translation>Which version of the relay&apos;s API to use</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>Terminal id</translation>
    </message>
    <message>
        <source>The id the relay knows this kiosk by</source>
        <translation>The id the relay knows this kiosk by</translation>
    </message>
    <message>
        <source>Who approves</source>
        <translation>Who approves</translation>
    </message>
    <message>
        <source>The customer&apos;s wallet</source>
        <translation>The customer&apos;s wallet</translation>
    </message>
    <message>
        <source>The shop owner</source>
        <translation>The shop owner</translation>
    </message>
    <message>
        <source>Whose wallet signs the approval of a cancellation</source>
        <translation>Whose wallet signs the approval of a cancellation</translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>Scanners</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Camera scanner</source>
        <translation>Camera scanner</translation>
    </message>
    <message>
        <source>Reads the wallet&apos;s QR code with a camera</source>
        <translation>Reads the wallet&apos;s QR code with a camera</translation>
    </message>
    <message>
        <source>Scanner that types like a keyboard</source>
        <translation>Scanner that types like a keyboard</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>Keyboard scanner</translation>
    </message>
    <message>
        <source>A 2D scanner connected as a keyboard</source>
        <translation>A 2D scanner connected as a keyboard</translation>
    </message>
    <message>
        <source>Scanner on a serial port</source>
        <translation>Scanner on a serial port</translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation>Serial scanner</translation>
    </message>
    <message>
        <source>A scanner connected to a serial or USB serial port</source>
        <translation>A scanner connected to a serial or USB serial port</translation>
    </message>
    <message>
        <source>Camera name</source>
        <translation>Camera name</translation>
    </message>
    <message>
        <source>Empty: the default camera</source>
        <translation>Empty: the default camera</translation>
    </message>
    <message>
        <source>The camera to use, by (part of) its name; empty for the default</source>
        <translation>The camera to use, by (part of) its name; empty for the default</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <source>The serial scanner&apos;s port, for example /dev/ttyACM0</source>
        <translation>The serial scanner&apos;s port, for example /dev/ttyACM0</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Default language</translation>
    </message>
    <message>
        <source>The language the welcome screen starts in</source>
        <translation>The language the welcome screen starts in</translation>
    </message>
    <message>
        <source>Idle time (seconds)</source>
        <translation>Idle time (seconds)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Idle time in seconds</source>
        <translation>Idle time in seconds</translation>
    </message>
    <message>
        <source>After this long without a touch the kiosk asks whether the customer is still there (%1 to %2)</source>
        <translation>After this long without a touch the kiosk asks whether the customer is still there (%1 to %2)</translation>
    </message>
    <message>
        <source>Time to answer “Are you still there?” (seconds)</source>
        <translation>Time to answer “Are you still there?” (seconds)</translation>
    </message>
    <message>
        <source>Time to answer in seconds</source>
        <translation>Time to answer in seconds</translation>
    </message>
    <message>
        <source>How long the customer has to answer before the kiosk starts over (%1 to %2)</source>
        <translation>How long the customer has to answer before the kiosk starts over (%1 to %2)</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>Start with</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Customers start with large text</source>
        <translation>Customers start with large text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Customers start with high-contrast colours</source>
        <translation>Customers start with high-contrast colours</translation>
    </message>
    <message>
        <source>Controls low on the screen</source>
        <translation>Controls low on the screen</translation>
    </message>
    <message>
        <source>Customers start with every control in the lower part of the screen</source>
        <translation>Customers start with every control in the lower part of the screen</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>Spoken guidance</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Checks and saves the settings on this kiosk</source>
        <translation>Checks and saves the settings on this kiosk</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 to 12 digits</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>The same digits once more</source>
        <translation>The same digits once more</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>Saves the new staff PIN</source>
        <translation>Saves the new staff PIN</translation>
    </message>
    <message>
        <source>The new PIN must have 6 to 12 digits.</source>
        <translation>The new PIN must have 6 to 12 digits.</translation>
    </message>
    <message>
        <source>Offers customers &quot;Read aloud&quot;; it speaks only when they turn it on</source>
        <translation>Offers customers &quot;Read aloud&quot;; it speaks only when they turn it on</translation>
    </message>
    <message>
        <source>https://… (empty: not configured)</source>
        <translation>https://… (empty: not configured)</translation>
    </message>
    <message>
        <source>The address of the payment relay, https://…; empty leaves the kiosk out of service, except in demo mode</source>
        <translation>The address of the payment relay, https://…; empty leaves the kiosk out of service, except in demo mode</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SpeechPanel</name>
    <message>
        <source>Read amount</source>
        <translation>Read amount</translation>
    </message>
    <message>
        <source>Reads aloud the amount on this screen; amounts are not read otherwise</source>
        <translation>Reads aloud the amount on this screen; amounts are not read otherwise</translation>
    </message>
    <message>
        <source>Volume %1/%2</source>
        <translation>Volume %1/%2</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <translation>Volume %1 of %2</translation>
    </message>
    <message>
        <source>Press for a louder voice; after the loudest it starts again from the quietest</source>
        <translation>Press for a louder voice; after the loudest it starts again from the quietest</translation>
    </message>
    <message>
        <source>Speed %1/%2</source>
        <translation>Speed %1/%2</translation>
    </message>
    <message>
        <source>Speed %1 of %2</source>
        <translation>Speed %1 of %2</translation>
    </message>
    <message>
        <source>Press for a faster voice; after the fastest it starts again from the slowest</source>
        <translation>Press for a faster voice; after the fastest it starts again from the slowest</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::StaffScreen</name>
    <message>
        <source>Staff mode</source>
        <translation>Staff mode</translation>
    </message>
    <message>
        <source>Demo mode: no real payments are touched.</source>
        <translation>Demo mode: no real payments are touched.</translation>
    </message>
    <message>
        <source>Back to customer screens</source>
        <translation>Back to customer screens</translation>
    </message>
    <message>
        <source>Leaves staff mode; unsaved settings are dropped</source>
        <translation>Leaves staff mode; unsaved settings are dropped</translation>
    </message>
    <message>
        <source>Staff tasks</source>
        <translation>Staff tasks</translation>
    </message>
    <message>
        <source>Settings, connection, history, opening a cancellation and diagnostics</source>
        <translation>Settings, connection, history, opening a cancellation and diagnostics</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Restart the kiosk</translation>
    </message>
    <message>
        <source>Quits the application; the system service starts it again with the saved settings</source>
        <translation>Quits the application; the system service starts it again with the saved settings</translation>
    </message>
    <message>
        <source>Restart the kiosk now? The screen goes blank for a few seconds; a cancellation in progress is kept and continues.</source>
        <translation>Restart the kiosk now? The screen goes blank for a few seconds; a cancellation in progress is kept and continues.</translation>
    </message>
    <message>
        <source>Yes, restart</source>
        <translation>Yes, restart</translation>
    </message>
    <message>
        <source>Quits and starts the kiosk again</source>
        <translation>Quits and starts the kiosk again</translation>
    </message>
    <message>
        <source>No, keep running</source>
        <translation>No, keep running</translation>
    </message>
    <message>
        <source>Nothing is restarted</source>
        <translation>Nothing is restarted</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>The kiosk goes back to the start in %n second(s) and clears this screen.</source>
        <translation>
            <numerusform>The kiosk goes back to the start in %n second and clears this screen.</numerusform>
            <numerusform>The kiosk goes back to the start in %n seconds and clears this screen.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
    <message>
        <source>Keeps this screen open</source>
        <translation>Keeps this screen open</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Finish now</translation>
    </message>
    <message>
        <source>Clears the screen and goes back to the start</source>
        <translation>Clears the screen and goes back to the start</translation>
    </message>
</context>
<context>
    <name>kiosk::workflow</name>
    <message>
        <source>This cancellation is not open: %1</source>
        <translation>This cancellation is not open: %1</translation>
    </message>
    <message>
        <source>This payment cannot be cancelled here: %1</source>
        <translation>This payment cannot be cancelled here: %1</translation>
    </message>
    <message>
        <source>The time to approve this cancellation has run out</source>
        <translation>The time to approve this cancellation has run out</translation>
    </message>
    <message>
        <source>The time to approve has run out</source>
        <translation>The time to approve has run out</translation>
    </message>
    <message>
        <source>The relay has not settled this cancellation in time: %1</source>
        <translation>The relay has not settled this cancellation in time: %1</translation>
    </message>
    <message>
        <source>Cancelled at the kiosk</source>
        <translation>Cancelled at the kiosk</translation>
    </message>
    <message>
        <source>No cancellation with purchase id %1 is known at this terminal; enter the payment id from the receipt</source>
        <translation>No cancellation with purchase id %1 is known at this terminal; enter the payment id from the receipt</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the journal has no entry for this cancellation</source>
        <translation>the journal has no entry for this cancellation</translation>
    </message>
    <message>
        <source>This kiosk cannot record the cancellation, so nothing was sent: %1</source>
        <translation>This kiosk cannot record the cancellation, so nothing was sent: %1</translation>
    </message>
    <message>
        <source>the relay&apos;s answer is about another payment (%1 differ); nothing was done with it</source>
        <translation>the relay&apos;s answer is about another payment (%1 differ); nothing was done with it</translation>
    </message>
    <message>
        <source>This purchase can no longer be cancelled here; please ask the staff</source>
        <translation>This purchase can no longer be cancelled here; please ask the staff</translation>
    </message>
</context>
</TS>
