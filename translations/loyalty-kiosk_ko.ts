<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>kiosk::config</name>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 값은 %2에서 %3 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 값은 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>configuration file %1 does not exist</source>
        <translation>설정 파일 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>configuration file %1 cannot be read</source>
        <translation>설정 파일 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>configuration file %1 is not a valid INI file</source>
        <translation>설정 파일 %1이(가) 올바른 INI 파일이 아닙니다</translation>
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
    <name>kiosk::relay</name>
    <message>
        <source>the relay did not answer within %1 s</source>
        <translation>릴레이가 %1초 안에 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>the relay&apos;s answer is larger than %1 bytes</source>
        <translation>릴레이의 응답이 %1바이트보다 큽니다</translation>
    </message>
    <message>
        <source>the relay refused the connection (%1)</source>
        <translation>릴레이가 연결을 거부했습니다 (%1)</translation>
    </message>
    <message>
        <source>TLS failure: %1</source>
        <translation>TLS 오류: %1</translation>
    </message>
    <message>
        <source>the relay closed the connection without an answer</source>
        <translation>릴레이가 응답 없이 연결을 끊었습니다</translation>
    </message>
    <message>
        <source>the relay answered HTTP %1 instead of 200</source>
        <translation>릴레이가 HTTP 200 대신 %1(으)로 응답했습니다</translation>
    </message>
    <message>
        <source>the relay&apos;s answer is not a JSON object</source>
        <translation>릴레이의 응답이 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>the relay&apos;s answer has no numeric &apos;code&apos;</source>
        <translation>릴레이의 응답에 숫자 'code'가 없습니다</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>메시지 없음</translation>
    </message>
    <message>
        <source>the relay&apos;s answer has no &apos;data&apos;</source>
        <translation>릴레이의 응답에 'data'가 없습니다</translation>
    </message>
    <message>
        <source>no account to look up the nonce for</source>
        <translation>논스를 조회할 계정이 없습니다</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the v1 API needs the relay&apos;s access key, and none is configured</source>
        <translation>v1 API에는 릴레이 접근 키가 필요한데 설정되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the v2 API needs the terminal&apos;s key, and none is configured</source>
        <translation>v2 API에는 단말기 키가 필요한데 설정되어 있지 않습니다</translation>
    </message>
    <message>
        <source>no terminal id is configured</source>
        <translation>단말기 ID가 설정되어 있지 않습니다</translation>
    </message>
    <message>
        <source>a signature must be 65 bytes</source>
        <translation>서명은 65바이트여야 합니다</translation>
    </message>
    <message>
        <source>must be v1 or v2</source>
        <translation>v1 또는 v2여야 합니다</translation>
    </message>
    <message>
        <source>must be customer or shop</source>
        <translation>customer 또는 shop이어야 합니다</translation>
    </message>
    <message>
        <source>the relay URL is not a valid http(s) URL</source>
        <translation>릴레이 URL이 올바른 http(s) 주소가 아닙니다</translation>
    </message>
    <message>
        <source>the relay URL must start with https:// (or http:// for a local relay)</source>
        <translation>릴레이 URL은 https://로 시작해야 합니다 (이 기기의 릴레이는 http://도 가능)</translation>
    </message>
    <message>
        <source>plain http:// is allowed only to this machine; use https:// or set allow_insecure_http</source>
        <translation>암호화되지 않은 http://는 이 기기 안에서만 쓸 수 있습니다. https://를 쓰거나 allow_insecure_http를 설정하세요</translation>
    </message>
    <message>
        <source>Payment opened</source>
        <translation>결제가 시작되었습니다</translation>
    </message>
    <message>
        <source>Payment approval failed</source>
        <translation>결제 승인에 실패했습니다</translation>
    </message>
    <message>
        <source>Payment approval was reverted</source>
        <translation>결제 승인이 되돌려졌습니다</translation>
    </message>
    <message>
        <source>Payment approval sent, confirming</source>
        <translation>결제 승인을 보냈고 확인 중입니다</translation>
    </message>
    <message>
        <source>Payment approval confirmed</source>
        <translation>결제 승인이 확인되었습니다</translation>
    </message>
    <message>
        <source>Payment denied by the customer</source>
        <translation>고객이 결제를 거절했습니다</translation>
    </message>
    <message>
        <source>Payment result delivered</source>
        <translation>결제 결과가 전달되었습니다</translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>결제 실패</translation>
    </message>
    <message>
        <source>Cancellation waiting for approval</source>
        <translation>취소 승인을 기다리고 있습니다</translation>
    </message>
    <message>
        <source>Approval could not be recorded; it can be tried again</source>
        <translation>승인을 기록하지 못했습니다. 다시 시도할 수 있습니다</translation>
    </message>
    <message>
        <source>Approval was reverted on the blockchain; it can be tried again</source>
        <translation>블록체인에서 승인이 되돌려졌습니다. 다시 시도할 수 있습니다</translation>
    </message>
    <message>
        <source>Approval accepted, being confirmed on the blockchain</source>
        <translation>승인이 접수되어 블록체인에서 확인 중입니다</translation>
    </message>
    <message>
        <source>Approval confirmed on the blockchain</source>
        <translation>블록체인에서 승인이 확인되었습니다</translation>
    </message>
    <message>
        <source>Cancellation rejected: the points stay spent</source>
        <translation>취소가 거절되었습니다: 포인트는 사용된 상태로 남습니다</translation>
    </message>
    <message>
        <source>Cancellation approved, finishing</source>
        <translation>취소가 승인되어 마무리하고 있습니다</translation>
    </message>
    <message>
        <source>Cancellation complete: your points have been returned</source>
        <translation>취소 완료: 포인트가 돌아왔습니다</translation>
    </message>
    <message>
        <source>Cancellation closed without a refund</source>
        <translation>환불 없이 취소가 종료되었습니다</translation>
    </message>
    <message>
        <source>Unknown payment status %1</source>
        <translation>알 수 없는 결제 상태 %1</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>The signature is not valid: wrong wallet, wrong nonce or wrong payment</source>
        <translation>서명이 올바르지 않습니다: 지갑, 논스 또는 결제가 다릅니다</translation>
    </message>
    <message>
        <source>The secret is not valid</source>
        <translation>비밀 값이 올바르지 않습니다</translation>
    </message>
    <message>
        <source>The payment&apos;s state on the blockchain does not allow this</source>
        <translation>블록체인의 결제 상태로는 이 작업을 할 수 없습니다</translation>
    </message>
    <message>
        <source>More than 7 days have passed since the payment: it can no longer be cancelled</source>
        <translation>결제 후 7일이 지나 더 이상 취소할 수 없습니다</translation>
    </message>
    <message>
        <source>The request was not valid</source>
        <translation>요청이 올바르지 않습니다</translation>
    </message>
    <message>
        <source>This terminal&apos;s access key was not accepted</source>
        <translation>이 단말기의 접근 키가 승인되지 않았습니다</translation>
    </message>
    <message>
        <source>No payment with this id exists</source>
        <translation>이 ID의 결제가 없습니다</translation>
    </message>
    <message>
        <source>The shop has no app registered to approve this; the cancellation will be closed later</source>
        <translation>상점에 승인할 앱이 등록되어 있지 않아, 취소는 나중에 종료됩니다</translation>
    </message>
    <message>
        <source>The payment&apos;s status does not allow an approval now</source>
        <translation>지금 결제 상태로는 승인할 수 없습니다</translation>
    </message>
    <message>
        <source>The payment&apos;s status does not allow opening a cancellation</source>
        <translation>지금 결제 상태로는 취소를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>The payment&apos;s status does not allow closing now</source>
        <translation>지금 결제 상태로는 종료할 수 없습니다</translation>
    </message>
    <message>
        <source>Already approved on the blockchain</source>
        <translation>이미 블록체인에서 승인되었습니다</translation>
    </message>
    <message>
        <source>Already closed on the blockchain, or the payment failed</source>
        <translation>이미 블록체인에서 종료되었거나 결제가 실패했습니다</translation>
    </message>
    <message>
        <source>This cancellation already failed on the blockchain</source>
        <translation>이 취소는 이미 블록체인에서 실패했습니다</translation>
    </message>
    <message>
        <source>It is too late to reject: the blockchain has moved on</source>
        <translation>거절하기에는 너무 늦었습니다: 블록체인이 이미 진행되었습니다</translation>
    </message>
    <message>
        <source>This cancellation was closed by force</source>
        <translation>이 취소는 강제로 종료되었습니다</translation>
    </message>
    <message>
        <source>Cannot close yet: the approval is not confirmed and the window is still open</source>
        <translation>아직 종료할 수 없습니다: 승인이 확인되지 않았고 대기 시간이 남아 있습니다</translation>
    </message>
    <message>
        <source>This relay has switched off the v1 payment API</source>
        <translation>이 릴레이는 v1 결제 API를 사용하지 않습니다</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>The blockchain contract reported an error</source>
        <translation>블록체인 계약에서 오류를 보고했습니다</translation>
    </message>
    <message>
        <source>The approval came too late: the time to approve has run out</source>
        <translation>승인이 너무 늦었습니다: 승인 시간이 지났습니다</translation>
    </message>
    <message>
        <source>The relay reported an error</source>
        <translation>릴레이가 오류를 보고했습니다</translation>
    </message>
    <message>
        <source>The blockchain contract refused (code %1)</source>
        <translation>블록체인 계약이 거부했습니다 (코드 %1)</translation>
    </message>
    <message>
        <source>The relay answered with code %1</source>
        <translation>릴레이가 코드 %1(으)로 응답했습니다</translation>
    </message>
    <message>
        <source>%1 (relay code %2: %3)</source>
        <translation>%1 (릴레이 코드 %2: %3)</translation>
    </message>
    <message>
        <source>The relay did not answer in time: %1</source>
        <translation>릴레이가 제시간에 응답하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The relay cannot be reached: %1</source>
        <translation>릴레이에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The relay&apos;s secure connection failed: %1</source>
        <translation>릴레이와의 보안 연결에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>The relay&apos;s answer could not be understood: %1</source>
        <translation>릴레이의 응답을 이해할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>이(가) 없습니다</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>이(가) %1이(가) 아닙니다</translation>
    </message>
    <message>
        <source>the relay&apos;s answer field &apos;%1&apos; %2</source>
        <translation>릴레이 응답의 '%1' 필드%2</translation>
    </message>
    <message>
        <source>the relay knows no such shop</source>
        <translation>릴레이에 그런 상점이 없습니다</translation>
    </message>
    <message>
        <source>the relay&apos;s task list is not an array</source>
        <translation>릴레이의 작업 목록이 배열이 아닙니다</translation>
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
<context>
    <name>kiosk::workflow</name>
    <message>
        <source>signed by another wallet (%1); this approval needs %2</source>
        <translation>다른 지갑(%1)으로 서명되었습니다. 이 승인에는 %2의 서명이 필요합니다</translation>
    </message>
</context>
</TS>
