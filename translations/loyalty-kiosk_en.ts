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
<context>
    <name>kiosk::workflow</name>
    <message>
        <source>signed by another wallet (%1); this approval needs %2</source>
        <translation>signed by another wallet (%1); this approval needs %2</translation>
    </message>
</context>
</TS>
