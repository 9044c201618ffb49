<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>kiosk::eth</name>
    <message>
        <source>has mixed case but a wrong EIP-55 checksum (mistyped?)</source>
        <translation>대소문자가 섞여 있지만 EIP-55 체크섬이 틀립니다 (오타인가요?)</translation>
    </message>
    <message>
        <source>an address must be 20 bytes</source>
        <translation>주소는 20바이트여야 합니다</translation>
    </message>
    <message>
        <source>must start with 0x</source>
        <translation>0x로 시작해야 합니다</translation>
    </message>
    <message>
        <source>has an odd number of hex digits</source>
        <translation>16진수 자릿수가 홀수입니다</translation>
    </message>
    <message>
        <source>is not hex (character %1)</source>
        <translation>16진수가 아닙니다 (%1번째 문자)</translation>
    </message>
    <message>
        <source>must be %1 bytes (%2 hex digits), not %3</source>
        <translation>%1바이트(16진수 %2자리)여야 합니다. 현재 %3바이트입니다</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1의 길이가 %2자를 넘습니다</translation>
    </message>
    <message>
        <source>payment id %1</source>
        <translation>결제 ID: %1</translation>
    </message>
    <message>
        <source>the signer address is missing</source>
        <translation>서명자 주소가 없습니다</translation>
    </message>
    <message>
        <source>a private key must start with 0x</source>
        <translation>개인 키는 0x로 시작해야 합니다</translation>
    </message>
    <message>
        <source>a private key must be 64 hex digits after 0x (got %1)</source>
        <translation>개인 키는 0x 뒤에 16진수 64자리여야 합니다 (현재 %1자리)</translation>
    </message>
    <message>
        <source>a private key must be hex</source>
        <translation>개인 키는 16진수여야 합니다</translation>
    </message>
    <message>
        <source>is not a valid secp256k1 private key (zero or not below the curve order)</source>
        <translation>올바른 secp256k1 개인 키가 아닙니다 (0이거나 곡선 위수 이상입니다)</translation>
    </message>
    <message>
        <source>cannot read key file %1: %2</source>
        <translation>키 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>key file %1: %2</source>
        <translation>키 파일 %1: %2</translation>
    </message>
    <message>
        <source>the signed digest must be 32 bytes</source>
        <translation>서명할 다이제스트는 32바이트여야 합니다</translation>
    </message>
    <message>
        <source>a signature must be 65 bytes (r, s, v), not %1</source>
        <translation>서명은 65바이트(r, s, v)여야 합니다. 현재 %1바이트입니다</translation>
    </message>
    <message>
        <source>signature v must be 27 or 28 (or 0/1), not %1</source>
        <translation>서명의 v 값은 27 또는 28(또는 0/1)이어야 합니다. 현재 %1입니다</translation>
    </message>
    <message>
        <source>signature r or s is not a valid curve scalar</source>
        <translation>서명의 r 또는 s 값이 올바른 곡선 스칼라가 아닙니다</translation>
    </message>
    <message>
        <source>signature has a high s value, which the chain rejects</source>
        <translation>서명의 s 값이 커서 체인에서 거부됩니다</translation>
    </message>
    <message>
        <source>no public key can be recovered from this signature</source>
        <translation>이 서명에서 공개 키를 복원할 수 없습니다</translation>
    </message>
    <message>
        <source>the message hash must be 32 bytes</source>
        <translation>메시지 해시는 32바이트여야 합니다</translation>
    </message>
    <message>
        <source>is empty; expected a decimal number</source>
        <translation>비어 있습니다. 10진수 숫자를 입력하세요</translation>
    </message>
    <message>
        <source>must be plain decimal digits (bad character at %1)</source>
        <translation>10진수 숫자만 쓸 수 있습니다 (%1번째 문자가 잘못되었습니다)</translation>
    </message>
    <message>
        <source>is larger than 2^256-1</source>
        <translation>2^256-1보다 큽니다</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::MainWindow</name>
    <message>
        <source>Loyalty Kiosk</source>
        <translation>포인트 환불 키오스크</translation>
    </message>
    <message>
        <source>Point refunds for cancelled purchases</source>
        <translation>취소된 구매의 포인트를 돌려받으세요</translation>
    </message>
</context>
</TS>
