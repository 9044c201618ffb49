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
    <message>
        <source>cannot create the state directory %1</source>
        <translation>상태 디렉터리 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>the state directory %1 is not a writable directory</source>
        <translation>상태 디렉터리 %1은(는) 쓰기 가능한 디렉터리가 아닙니다</translation>
    </message>
    <message>
        <source>%1: %2 must be ko or en</source>
        <translation>%1: %2 값은 ko 또는 en이어야 합니다</translation>
    </message>
    <message>
        <source>%1: %2 must be 0 (ask the screen) or a number from 50 to 1000</source>
        <translation>%1: %2 값은 0(화면에서 읽기) 또는 50에서 1000 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write the scratch file %1</source>
        <translation>임시 파일 %1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1 %2 can be read by every user of this machine; make it private (chmod o-rwx %2)</source>
        <translation>%1 %2은(는) 이 컴퓨터의 모든 사용자가 읽을 수 있습니다. 비공개로 바꾸세요 (chmod o-rwx %2)</translation>
    </message>
    <message>
        <source>the secret file</source>
        <translation>비밀 파일</translation>
    </message>
    <message>
        <source>the configuration file (it holds %1)</source>
        <translation>설정 파일(%1 포함)</translation>
    </message>
    <message>
        <source>the terminal key file</source>
        <translation>단말기 키 파일</translation>
    </message>
    <message>
        <source>the machine key %1 can be read or changed by other users than the kiosk&apos;s: fix it with: chmod 600 %1</source>
        <translation>머신 키 %1을(를) 키오스크 외의 다른 사용자가 읽거나 바꿀 수 있습니다. 다음으로 고치세요: chmod 600 %1</translation>
    </message>
    <message>
        <source>cannot read the machine key %1: %2</source>
        <translation>머신 키 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the machine key %1 is not 32 bytes in base64 (make one with: openssl rand -base64 32)</source>
        <translation>머신 키 %1이(가) base64로 된 32바이트가 아닙니다 (다음으로 만드세요: openssl rand -base64 32)</translation>
    </message>
    <message>
        <source>no random bytes for a machine key</source>
        <translation>머신 키에 쓸 난수를 얻지 못했습니다</translation>
    </message>
    <message>
        <source>cannot create the machine key %1: %2</source>
        <translation>머신 키 %1을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write the machine key %1</source>
        <translation>머신 키 %1을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>no machine key (%1, %2 or the state directory&apos;s)</source>
        <translation>머신 키가 없습니다 (%1, %2 또는 상태 디렉터리)</translation>
    </message>
    <message>
        <source>no random bytes to seal a secret</source>
        <translation>비밀 값을 봉인할 난수를 얻지 못했습니다</translation>
    </message>
    <message>
        <source>a secret could not be sealed (OpenSSL)</source>
        <translation>비밀 값을 봉인하지 못했습니다 (OpenSSL)</translation>
    </message>
    <message>
        <source>a sealed secret cannot be opened with the machine key %1 (another machine&apos;s key, or the file was changed)</source>
        <translation>봉인된 비밀 값을 머신 키 %1(으)로 열 수 없습니다 (다른 기기의 키이거나 파일이 바뀌었습니다)</translation>
    </message>
    <message>
        <source>%1: %2 must be production or demo</source>
        <translation>%1: %2 값은 production 또는 demo여야 합니다</translation>
    </message>
    <message>
        <source>configuration folder %1 cannot be read</source>
        <translation>설정 폴더 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: metrics/listen must be ADDRESS:PORT of one interface (e.g. 127.0.0.1:9464), not %2</source>
        <translation>%1: metrics/listen은 하나의 인터페이스의 주소:포트(예: 127.0.0.1:9464)여야 합니다. %2은(는) 사용할 수 없습니다</translation>
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
    <name>kiosk::journal</name>
    <message>
        <source>cannot open %1</source>
        <translation>%1을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>the journal %1 was written by a newer kiosk (schema %2, this one knows %3)</source>
        <translation>저널 %1은(는) 더 새로운 버전의 키오스크가 기록했습니다 (스키마 %2, 이 키오스크가 지원하는 스키마: %3)</translation>
    </message>
    <message>
        <source>journal: no entry %1</source>
        <translation>저널: %1 항목이 없습니다</translation>
    </message>
    <message>
        <source>the journal %1 is locked by another process</source>
        <translation>다른 프로세스가 기록부 %1을(를) 잠그고 있습니다</translation>
    </message>
    <message>
        <source>the disk that holds the journal %1 is full</source>
        <translation>기록부 %1이(가) 있는 디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the journal %1 cannot be written (read-only, or owned by another user)</source>
        <translation>기록부 %1에 쓸 수 없습니다 (읽기 전용이거나 다른 사용자 소유)</translation>
    </message>
    <message>
        <source>the journal %1 cannot be opened or read</source>
        <translation>기록부 %1을(를) 열거나 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the journal %1 is damaged</source>
        <translation>기록부 %1이(가) 손상되었습니다</translation>
    </message>
    <message>
        <source>the journal %1 failed</source>
        <translation>기록부 %1에서 오류가 발생했습니다</translation>
    </message>
    <message>
        <source>journal: %1: %2 (%3)</source>
        <translation>기록부: %1: %2 (%3)</translation>
    </message>
    <message>
        <source>(the kiosk keeps it aside and starts a new one when it next runs a cancellation)</source>
        <translation>(다음 취소를 처리할 때 키오스크가 이 파일을 따로 보관하고 새 기록부를 시작합니다)</translation>
    </message>
    <message>
        <source>the journal %1 is damaged: %2</source>
        <translation>기록부 %1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>%1; it cannot be moved aside, so the kiosk cannot record anything</source>
        <translation>%1; 따로 옮길 수 없어 키오스크가 아무것도 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot open the lock file %1: %2</source>
        <translation>잠금 파일 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>%1을(를) 잠글 수 없습니다: %2</translation>
    </message>
    <message>
        <source>another kiosk process (%1) is working in the state directory %2; nothing was done</source>
        <translation>다른 키오스크 프로세스(%1)가 상태 폴더 %2에서 작업 중입니다. 아무것도 하지 않았습니다</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>kiosk::metrics</name>
    <message>
        <source>No relay is configured.</source>
        <translation>릴레이가 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The journal cannot record: %1</source>
        <translation>저널에 기록할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The kiosk is still connecting to the relay.</source>
        <translation>키오스크가 아직 릴레이에 연결하는 중입니다.</translation>
    </message>
    <message>
        <source>No camera or code scanner is connected.</source>
        <translation>연결된 카메라나 코드 스캐너가 없습니다.</translation>
    </message>
    <message>
        <source>This machine&apos;s clock is %1 s off the relay&apos;s.</source>
        <translation>이 기기의 시계가 릴레이의 시계와 %1초 차이가 납니다.</translation>
    </message>
</context>
<context>
    <name>kiosk::qr</name>
    <message>
        <source>&apos;%1&apos; is not a byteword</source>
        <translation>&apos;%1&apos;은(는) bytewords 단어가 아닙니다</translation>
    </message>
    <message>
        <source>wrong length: minimal bytewords have an even number of letters</source>
        <translation>길이가 잘못되었습니다: minimal bytewords의 글자 수는 짝수여야 합니다</translation>
    </message>
    <message>
        <source>truncated: too short to hold data and a checksum</source>
        <translation>잘린 데이터입니다: 데이터와 체크섬을 담기에 너무 짧습니다</translation>
    </message>
    <message>
        <source>bad checksum: the code was misread or damaged</source>
        <translation>체크섬 오류: 코드를 잘못 읽었거나 코드가 손상되었습니다</translation>
    </message>
    <message>
        <source>expected an %1 UR, not &apos;%2&apos;</source>
        <translation>%1 UR이어야 합니다. 현재 &apos;%2&apos;입니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>eth-sign-request request id is not a UUID</source>
        <translation>eth-sign-request의 요청 ID가 UUID가 아닙니다</translation>
    </message>
    <message>
        <source>eth-sign-request sign data missing</source>
        <translation>eth-sign-request에 서명할 데이터가 없습니다</translation>
    </message>
    <message>
        <source>eth-sign-request has an unknown data type (%1)</source>
        <translation>eth-sign-request의 데이터 유형을 알 수 없습니다 (%1)</translation>
    </message>
    <message>
        <source>eth-sign-request chain id is not valid</source>
        <translation>eth-sign-request의 체인 ID가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>eth-sign-request derivation path missing</source>
        <translation>eth-sign-request에 파생 경로가 없습니다</translation>
    </message>
    <message>
        <source>eth-sign-request address must be 20 bytes</source>
        <translation>eth-sign-request의 주소는 20바이트여야 합니다</translation>
    </message>
    <message>
        <source>eth-sign-request origin is not text</source>
        <translation>eth-sign-request의 출처(origin)가 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>eth-signature request id missing</source>
        <translation>eth-signature에 요청 ID가 없습니다</translation>
    </message>
    <message>
        <source>eth-signature request id is not a UUID</source>
        <translation>eth-signature의 요청 ID가 UUID가 아닙니다</translation>
    </message>
    <message>
        <source>eth-signature signature missing</source>
        <translation>eth-signature에 서명이 없습니다</translation>
    </message>
    <message>
        <source>eth-signature signature must be 65 bytes, not %1</source>
        <translation>eth-signature의 서명은 65바이트여야 합니다. 현재 %1바이트입니다</translation>
    </message>
    <message>
        <source>eth-signature origin is not text</source>
        <translation>eth-signature의 출처(origin)가 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>unknown UR type &apos;%1&apos;</source>
        <translation>알 수 없는 UR 유형 &apos;%1&apos;입니다</translation>
    </message>
    <message>
        <source>not a valid multi-part UR fragment</source>
        <translation>올바른 멀티파트 UR 조각이 아닙니다</translation>
    </message>
    <message>
        <source>too many parts (%1; the kiosk takes at most %2)</source>
        <translation>파트가 너무 많습니다 (%1개, 키오스크는 최대 %2개까지 받습니다)</translation>
    </message>
    <message>
        <source>message too long (%1 bytes; at most %2)</source>
        <translation>메시지가 너무 깁니다 (%1바이트, 최대 %2바이트)</translation>
    </message>
    <message>
        <source>nothing to encode</source>
        <translation>인코딩할 내용이 없습니다</translation>
    </message>
    <message>
        <source>the fragment length must be at least %1 bytes</source>
        <translation>조각 길이는 %1바이트 이상이어야 합니다</translation>
    </message>
    <message>
        <source>too many parts (more than %1) for fragments of %2 bytes</source>
        <translation>%2바이트 조각으로 나누면 파트가 너무 많습니다 (%1개 초과)</translation>
    </message>
    <message>
        <source>part of another message: finish this code or start again</source>
        <translation>다른 메시지의 일부입니다: 지금 코드를 마저 스캔하거나 처음부터 다시 시작하세요</translation>
    </message>
    <message>
        <source>bad checksum: the reassembled message is damaged</source>
        <translation>체크섬 오류: 다시 조립한 메시지가 손상되었습니다</translation>
    </message>
    <message>
        <source>the message is not complete yet</source>
        <translation>메시지가 아직 완성되지 않았습니다</translation>
    </message>
    <message>
        <source>malformed crypto-hdkey</source>
        <translation>crypto-hdkey 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>this is a private key: never show it to anyone; pair with the public key</source>
        <translation>개인 키입니다: 절대 다른 사람에게 보여 주지 마세요. 페어링에는 공개 키를 사용하세요</translation>
    </message>
    <message>
        <source>the crypto-hdkey has no valid public key</source>
        <translation>crypto-hdkey에 올바른 공개 키가 없습니다</translation>
    </message>
    <message>
        <source>expected a crypto-hdkey UR, not &apos;%1&apos;</source>
        <translation>crypto-hdkey UR이어야 합니다. 현재 &apos;%1&apos;입니다</translation>
    </message>
    <message>
        <source>malformed crypto-account</source>
        <translation>crypto-account 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>the crypto-account has no HD keys</source>
        <translation>crypto-account에 HD 키가 없습니다</translation>
    </message>
    <message>
        <source>expected a crypto-account UR, not &apos;%1&apos;</source>
        <translation>crypto-account UR이어야 합니다. 현재 &apos;%1&apos;입니다</translation>
    </message>
    <message>
        <source>the account has no Ethereum key (m/44&apos;/60&apos;/...)</source>
        <translation>계정에 이더리움 키(m/44&apos;/60&apos;/...)가 없습니다</translation>
    </message>
    <message>
        <source>unknown UR type &apos;%1&apos; (a wallet pairs with crypto-hdkey or crypto-account)</source>
        <translation>알 수 없는 UR 유형 &apos;%1&apos;입니다 (지갑 페어링에는 crypto-hdkey 또는 crypto-account를 사용합니다)</translation>
    </message>
    <message>
        <source>a hardened child cannot be derived from a public key</source>
        <translation>공개 키에서는 강화(hardened) 하위 키를 파생할 수 없습니다</translation>
    </message>
    <message>
        <source>the key has no chain code, so no child keys can be derived</source>
        <translation>키에 체인 코드가 없어 하위 키를 파생할 수 없습니다</translation>
    </message>
    <message>
        <source>not a valid public key</source>
        <translation>올바른 공개 키가 아닙니다</translation>
    </message>
    <message>
        <source>child %1 is not a valid key (BIP32); use the next index</source>
        <translation>하위 키 %1은(는) 올바른 키가 아닙니다 (BIP32). 다음 인덱스를 사용하세요</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a derivation path</source>
        <translation>&apos;%1&apos;은(는) 파생 경로가 아닙니다</translation>
    </message>
    <message>
        <source>the key path</source>
        <translation>키 경로</translation>
    </message>
    <message>
        <source>malformed key path</source>
        <translation>키 경로 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>the pairing code is incomplete: scan more parts</source>
        <translation>페어링 코드가 완전하지 않습니다: 나머지 부분을 더 스캔하세요</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>글자</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <source>The text is too long for a QR code: %1 %2, but at most %3 fit at error-correction level %4.</source>
        <translation>텍스트가 너무 길어 QR 코드에 담을 수 없습니다: 길이는 %1 %2이지만, 오류 정정 수준 %4에서는 최대 %3까지만 담을 수 있습니다.</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1.</source>
        <translation>QR 코드를 만들 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>There is nothing to put in a QR code.</source>
        <translation>QR 코드에 담을 내용이 없습니다.</translation>
    </message>
    <message>
        <source>QR codes are drawn only as 8-bit grey or 1-bit images.</source>
        <translation>QR 코드는 8비트 회색조 또는 1비트 이미지로만 그릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The QR code needs at least %1 pixels a side, but only %2 are available.</source>
        <translation>QR 코드에는 한 변에 최소 %1픽셀이 필요하지만 %2픽셀만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The QR code could not be drawn.</source>
        <translation>QR 코드를 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>The QR code could not be saved to %1: %2.</source>
        <translation>QR 코드를 %1에 저장할 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>A QR code was found but could not be read.</source>
        <translation>QR 코드를 찾았지만 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>No QR code was found.</source>
        <translation>QR 코드를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>There is no image to read.</source>
        <translation>읽을 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>must be ur or json</source>
        <translation>ur 또는 json이어야 합니다</translation>
    </message>
    <message>
        <source>the animated request is incomplete: scan more parts</source>
        <translation>애니메이션 요청이 완전하지 않습니다: 나머지 부분을 더 스캔하세요</translation>
    </message>
    <message>
        <source>only personal-message requests are signed here</source>
        <translation>여기에서는 personal-message 요청만 서명합니다</translation>
    </message>
    <message>
        <source>the request&apos;s sign-data is not a 32-byte hash</source>
        <translation>요청의 sign-data가 32바이트 해시가 아닙니다</translation>
    </message>
    <message>
        <source>this is not a Loyalty Kiosk signing request</source>
        <translation>포인트 환불 키오스크의 서명 요청이 아닙니다</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>no request is waiting for this payment: show one first (request)</source>
        <translation>이 결제에 대기 중인 요청이 없습니다: 먼저 요청을 표시하세요 (request)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the stored request %1 is damaged: %2</source>
        <translation>저장된 요청 %1이(가) 손상되었습니다: %2</translation>
    </message>
    <message>
        <source>this code (%1) is not a signature</source>
        <translation>이 코드(%1)는 서명이 아닙니다</translation>
    </message>
    <message>
        <source>signed by another wallet (%1); this needs %2</source>
        <translation>다른 지갑(%1)으로 서명되었습니다. %2의 서명이 필요합니다</translation>
    </message>
    <message>
        <source>not a UR (it must start with ur:)</source>
        <translation>UR이 아닙니다 (ur:로 시작해야 합니다)</translation>
    </message>
    <message>
        <source>too long to be a UR</source>
        <translation>UR로 보기에는 너무 깁니다</translation>
    </message>
    <message>
        <source>malformed UR: too many &apos;/&apos;</source>
        <translation>UR 형식이 잘못되었습니다: &apos;/&apos;가 너무 많습니다</translation>
    </message>
    <message>
        <source>malformed UR: no type</source>
        <translation>UR 형식이 잘못되었습니다: 유형이 없습니다</translation>
    </message>
    <message>
        <source>UR type &apos;%1&apos; may only have letters, digits and &apos;-&apos;</source>
        <translation>UR 유형 &apos;%1&apos;에는 영문자, 숫자, &apos;-&apos;만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>truncated: the UR has no data</source>
        <translation>잘린 데이터입니다: UR에 데이터가 없습니다</translation>
    </message>
    <message>
        <source>malformed UR part number &apos;%1&apos; (expected like 2-10)</source>
        <translation>UR 파트 번호 &apos;%1&apos;의 형식이 잘못되었습니다 (예: 2-10)</translation>
    </message>
    <message>
        <source>this is part %1 of a %2-part UR: scan all of its parts</source>
        <translation>%2개 파트로 된 UR의 %1번째 파트입니다: 모든 파트를 스캔하세요</translation>
    </message>
    <message>
        <source>part of a UR of another type (&apos;%1&apos;, expected &apos;%2&apos;)</source>
        <translation>다른 유형의 UR 파트입니다 (&apos;%1&apos;, 필요한 유형: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>UR part %1-%2 does not match its content</source>
        <translation>UR 파트 %1-%2이(가) 내용과 일치하지 않습니다</translation>
    </message>
    <message>
        <source>the UR is not complete yet</source>
        <translation>UR이 아직 완성되지 않았습니다</translation>
    </message>
    <message>
        <source>malformed CBOR data</source>
        <translation>CBOR 데이터 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>unexpected data after the CBOR item</source>
        <translation>CBOR 항목 뒤에 예상하지 못한 데이터가 있습니다</translation>
    </message>
    <message>
        <source>%1 is not a CBOR map</source>
        <translation>%1이(가) CBOR 맵이 아닙니다</translation>
    </message>
    <message>
        <source>%1 repeats a key</source>
        <translation>%1에 중복된 키가 있습니다</translation>
    </message>
    <message>
        <source>this is the kiosk&apos;s own request: scan the answer your wallet shows</source>
        <translation>이것은 키오스크가 보여 준 요청 코드입니다. 지갑 앱이 보여 주는 답 코드를 스캔해 주세요</translation>
    </message>
    <message>
        <source>this signature does not say which request it answers</source>
        <translation>이 서명에는 어느 요청에 대한 답인지가 없습니다</translation>
    </message>
    <message>
        <source>the signature in this code is not 65 bytes</source>
        <translation>이 코드의 서명이 올바른 형식이 아닙니다</translation>
    </message>
    <message>
        <source>this code is not a signature</source>
        <translation>이 코드는 서명이 아닙니다</translation>
    </message>
    <message>
        <source>nothing was read</source>
        <translation>아무것도 읽히지 않았습니다</translation>
    </message>
    <message>
        <source>this code is far too long to be a signature</source>
        <translation>이 코드는 서명이라기에는 너무 깁니다</translation>
    </message>
    <message>
        <source>this answer is for another request: scan the code on this screen</source>
        <translation>이 답은 다른 요청에 대한 것입니다. 이 화면의 코드를 스캔해 주세요</translation>
    </message>
    <message>
        <source>the time to answer this request has run out</source>
        <translation>이 요청에 답할 시간이 지났습니다</translation>
    </message>
    <message>
        <source>not a Loyalty Kiosk signing request</source>
        <translation>로열티 키오스크의 서명 요청이 아닙니다</translation>
    </message>
    <message>
        <source>unsupported signing request version</source>
        <translation>지원하지 않는 서명 요청 버전입니다</translation>
    </message>
    <message>
        <source>the request has no valid requestId</source>
        <translation>요청에 올바른 요청 번호가 없습니다</translation>
    </message>
    <message>
        <source>the request does not say approve or reject</source>
        <translation>요청에 승인인지 거절인지가 없습니다</translation>
    </message>
    <message>
        <source>the signature in this code: %1</source>
        <translation>이 코드의 서명: %1</translation>
    </message>
    <message>
        <source>this code is not a signature: %1</source>
        <translation>이 코드는 서명이 아닙니다: %1</translation>
    </message>
    <message>
        <source>the request&apos;s paymentId: %1</source>
        <translation>요청의 결제 ID: %1</translation>
    </message>
    <message>
        <source>the request&apos;s hash does not match its fields</source>
        <translation>요청의 해시가 내용과 맞지 않습니다</translation>
    </message>
    <message>
        <source>%1: the image is %2 x %3 pixels; at most %4 a side can be read.</source>
        <translation>%1: 이미지 크기가 %2 x %3 픽셀입니다. 한 변이 최대 %4 픽셀인 이미지만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: the image could not be decoded (%2).</source>
        <translation>%1: 이미지를 해독할 수 없습니다(%2).</translation>
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
        <translation>릴레이의 응답에 숫자 &apos;code&apos;가 없습니다</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>메시지 없음</translation>
    </message>
    <message>
        <source>the relay&apos;s answer has no &apos;data&apos;</source>
        <translation>릴레이의 응답에 &apos;data&apos;가 없습니다</translation>
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
        <translation>릴레이 응답의 &apos;%1&apos; 필드%2</translation>
    </message>
    <message>
        <source>the relay knows no such shop</source>
        <translation>릴레이에 그런 상점이 없습니다</translation>
    </message>
    <message>
        <source>the relay&apos;s task list is not an array</source>
        <translation>릴레이의 작업 목록이 배열이 아닙니다</translation>
    </message>
    <message>
        <source>the demo relay could not be started: %1</source>
        <translation>데모 릴레이를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the demo relay stopped at once (exit code %1)</source>
        <translation>데모 릴레이가 바로 멈췄습니다 (종료 코드 %1)</translation>
    </message>
    <message>
        <source>the demo relay (loyalty-relay-sim) is not installed</source>
        <translation>데모 릴레이(loyalty-relay-sim)가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>the demo relay did not say where it listens</source>
        <translation>데모 릴레이가 접속 주소를 알려 주지 않았습니다</translation>
    </message>
    <message>
        <source>the terminal id is longer than %1 characters</source>
        <translation>단말기 ID가 %1자보다 깁니다</translation>
    </message>
    <message>
        <source>Please try again. If it keeps happening, ask the shop staff.</source>
        <translation>다시 시도하세요. 문제가 계속되면 직원에게 문의하세요.</translation>
    </message>
    <message>
        <source>Please ask the shop staff for help.</source>
        <translation>직원에게 도움을 요청하세요.</translation>
    </message>
    <message>
        <source>Nothing more happens to this cancellation. The shop staff can open it again if needed.</source>
        <translation>이 취소 건은 더 이상 진행되지 않습니다. 필요하면 매장 직원이 다시 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Staff: check this kiosk&apos;s relay settings (access key, terminal key, API version).</source>
        <translation>직원: 이 키오스크의 릴레이 설정(액세스 키, 단말기 키, API 버전)을 확인하세요.</translation>
    </message>
    <message>
        <source>Nothing needs to be done: the kiosk follows the payment to its end.</source>
        <translation>따로 하실 일은 없습니다. 키오스크가 결제를 끝까지 확인합니다.</translation>
    </message>
    <message>
        <source>The signature was not accepted</source>
        <translation>서명이 받아들여지지 않았습니다</translation>
    </message>
    <message>
        <source>Sign with the wallet the kiosk names, then try again.</source>
        <translation>키오스크가 안내하는 지갑으로 서명한 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The blockchain does not allow this now</source>
        <translation>지금은 블록체인에서 이 작업을 허용하지 않습니다</translation>
    </message>
    <message>
        <source>This payment can no longer be cancelled</source>
        <translation>이 결제는 더 이상 취소할 수 없습니다</translation>
    </message>
    <message>
        <source>The loyalty system refused this step</source>
        <translation>포인트 시스템이 이 단계를 거부했습니다</translation>
    </message>
    <message>
        <source>This kiosk is not allowed to do this</source>
        <translation>이 키오스크에는 이 작업 권한이 없습니다</translation>
    </message>
    <message>
        <source>This payment was not found</source>
        <translation>이 결제를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>The shop cannot be asked</source>
        <translation>매장에 승인을 요청할 수 없습니다</translation>
    </message>
    <message>
        <source>This cancellation is not waiting for an approval</source>
        <translation>이 취소 건은 승인을 기다리고 있지 않습니다</translation>
    </message>
    <message>
        <source>This cancellation cannot be opened now</source>
        <translation>지금은 이 취소를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>This cancellation cannot be closed now</source>
        <translation>지금은 이 취소를 마감할 수 없습니다</translation>
    </message>
    <message>
        <source>Already approved</source>
        <translation>이미 승인되었습니다</translation>
    </message>
    <message>
        <source>This cancellation is already closed</source>
        <translation>이 취소 건은 이미 종료되었습니다</translation>
    </message>
    <message>
        <source>It is too late to reject</source>
        <translation>거절하기에는 너무 늦었습니다</translation>
    </message>
    <message>
        <source>Not finished yet</source>
        <translation>아직 끝나지 않았습니다</translation>
    </message>
    <message>
        <source>The blockchain refused this step</source>
        <translation>블록체인이 이 단계를 거부했습니다</translation>
    </message>
    <message>
        <source>The time to approve ran out</source>
        <translation>승인 시간이 지났습니다</translation>
    </message>
    <message>
        <source>Nothing was changed. Choose the cancellation again to start over.</source>
        <translation>아무것도 바뀌지 않았습니다. 처음부터 다시 하려면 취소 건을 다시 선택하세요.</translation>
    </message>
    <message>
        <source>the relay&apos;s answer was cut off: %1</source>
        <translation>릴레이의 응답이 중간에 끊겼습니다: %1</translation>
    </message>
    <message>
        <source>the relay&apos;s answer was cut off (%1 of %2 bytes)</source>
        <translation>릴레이의 응답이 중간에 끊겼습니다 (%2바이트 중 %1바이트)</translation>
    </message>
    <message>
        <source>the relay answered the nonce of another account</source>
        <translation>릴레이가 다른 계정의 논스를 보냈습니다</translation>
    </message>
    <message>
        <source>the relay answered about another payment (%1, not %2)</source>
        <translation>릴레이가 다른 결제에 대해 응답했습니다 (%2이(가) 아닌 %1)</translation>
    </message>
    <message>
        <source>the relay answered about another shop</source>
        <translation>릴레이가 다른 상점에 대해 응답했습니다</translation>
    </message>
    <message>
        <source>is %1, outside %2..%3</source>
        <translation>값 %1이(가) 허용 범위 %2..%3을(를) 벗어났습니다</translation>
    </message>
    <message>
        <source>no CA certificate can be read from %1 (ca_file)</source>
        <translation>%1에서 CA 인증서를 읽을 수 없습니다 (ca_file)</translation>
    </message>
    <message>
        <source>TLS failure: the relay&apos;s certificate does not hold a pinned key (pin_sha256)</source>
        <translation>TLS 오류: 릴레이 인증서에 고정된 키(pin_sha256)가 없습니다</translation>
    </message>
    <message>
        <source>pin_sha256: &quot;%1&quot; is not a base64 SHA-256 digest (make one with: openssl x509 -in CERT -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64)</source>
        <translation>pin_sha256: &quot;%1&quot;은(는) base64로 된 SHA-256 다이제스트가 아닙니다 (다음으로 만드세요: openssl x509 -in CERT -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64)</translation>
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
        <translation>%1에서 %2 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>the sources are camera, wedge and serial</source>
        <translation>사용할 수 있는 소스는 camera, wedge, serial입니다</translation>
    </message>
    <message>
        <source>[scan] serial_port is needed when the sources include serial</source>
        <translation>[scan] 소스에 serial이 포함된 경우 serial_port를 지정해야 합니다</translation>
    </message>
</context>
<context>
    <name>kiosk::scan::CameraScanSource</name>
    <message>
        <source>Camera %1</source>
        <translation>카메라 %1</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>카메라 꺼짐</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(기본)</translation>
    </message>
    <message>
        <source>No camera is connected. Connect one to scan QR codes.</source>
        <translation>연결된 카메라가 없습니다. QR 코드를 스캔하려면 카메라를 연결하세요.</translation>
    </message>
    <message>
        <source>The camera “%1” is not connected.</source>
        <translation>카메라 “%1”이(가) 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Waiting for a camera</source>
        <translation>카메라를 기다리는 중입니다</translation>
    </message>
    <message>
        <source>Starting camera %1</source>
        <translation>카메라 %1을(를) 시작하는 중입니다</translation>
    </message>
    <message>
        <source>Camera %1 ready: show the QR code</source>
        <translation>카메라 %1 준비 완료: QR 코드를 보여 주세요</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <source>The camera %1 could not be used: %2. Check that no other program is using it and that the kiosk&apos;s user may open it (the “video” group).</source>
        <translation>카메라 %1을(를) 사용할 수 없습니다: %2. 다른 프로그램이 카메라를 사용하고 있지 않은지, 키오스크 사용자에게 카메라를 열 권한(“video” 그룹)이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Camera unavailable; trying again</source>
        <translation>카메라를 사용할 수 없어 다시 시도하는 중입니다</translation>
    </message>
    <message>
        <source>The camera %1 was disconnected.</source>
        <translation>카메라 %1의 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <source>Waiting for the camera to come back</source>
        <translation>카메라가 다시 연결되기를 기다리는 중입니다</translation>
    </message>
</context>
<context>
    <name>kiosk::scan::KeyboardWedgeScanSource</name>
    <message>
        <source>The keyboard scanner needs a running application.</source>
        <translation>키보드 스캐너를 사용하려면 실행 중인 애플리케이션이 필요합니다.</translation>
    </message>
    <message>
        <source>Keyboard scanner ready</source>
        <translation>키보드 스캐너 준비 완료</translation>
    </message>
    <message>
        <source>Keyboard scanner off</source>
        <translation>키보드 스캐너 꺼짐</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>키보드 스캐너</translation>
    </message>
</context>
<context>
    <name>kiosk::scan::SerialScanSource</name>
    <message>
        <source>Scanner on %1</source>
        <translation>%1에 연결된 스캐너</translation>
    </message>
    <message>
        <source>No serial port is configured for the scanner.</source>
        <translation>스캐너용 직렬 포트가 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Scanner on %1 off</source>
        <translation>%1에 연결된 스캐너 꺼짐</translation>
    </message>
    <message>
        <source>Scanner on %1 ready</source>
        <translation>%1에 연결된 스캐너 준비 완료</translation>
    </message>
    <message>
        <source>Waiting for the scanner on %1</source>
        <translation>%1에 연결된 스캐너를 기다리는 중입니다</translation>
    </message>
    <message>
        <source>The scanner on %1 sent more than %2 KiB without an end of line; that data was dropped.</source>
        <translation>%1에 연결된 스캐너가 줄 끝 없이 %2 KiB가 넘는 데이터를 보내 해당 데이터를 버렸습니다.</translation>
    </message>
    <message>
        <source>The scanner&apos;s port %1 does not exist (is the scanner plugged in?).</source>
        <translation>스캐너 포트 %1이(가) 없습니다 (스캐너가 연결되어 있나요?).</translation>
    </message>
    <message>
        <source>The kiosk may not open %1: it is in use, or the kiosk&apos;s user is not in the “dialout” group.</source>
        <translation>키오스크가 %1을(를) 열 수 없습니다: 이미 사용 중이거나 키오스크 사용자가 “dialout” 그룹에 속해 있지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1이(가) 이미 열려 있습니다.</translation>
    </message>
    <message>
        <source>The scanner on %1 was disconnected.</source>
        <translation>%1에 연결된 스캐너의 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <source>Reading from the scanner on %1 failed (%2); connecting again.</source>
        <translation>%1에 연결된 스캐너에서 읽지 못했습니다 (%2). 다시 연결하는 중입니다.</translation>
    </message>
    <message>
        <source>%1 does not support the settings (%2 baud, 8N1).</source>
        <translation>%1이(가) 설정(%2 baud, 8N1)을 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>The scanner on %1 failed: %2.</source>
        <translation>%1에 연결된 스캐너에 오류가 발생했습니다: %2.</translation>
    </message>
</context>
<context>
    <name>kiosk::session</name>
    <message>
        <source>the demo data holds a bad key for %1</source>
        <translation>데모 데이터에 %1의 잘못된 키가 있습니다</translation>
    </message>
    <message>
        <source>cannot read the demo data %1: %2</source>
        <translation>데모 데이터 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the demo data %1 is not JSON: %2</source>
        <translation>데모 데이터 %1이(가) JSON이 아닙니다: %2</translation>
    </message>
    <message>
        <source>the demo data names a shop it does not have</source>
        <translation>데모 데이터에 없는 상점이 지정되어 있습니다</translation>
    </message>
    <message>
        <source>the demo data %1 has no terminal or no wallets</source>
        <translation>데모 데이터 %1에 단말기 또는 지갑이 없습니다</translation>
    </message>
    <message>
        <source>the request does not say which wallet must sign</source>
        <translation>요청에 서명할 지갑이 나와 있지 않습니다</translation>
    </message>
    <message>
        <source>the demo wallet holds no key for %1</source>
        <translation>데모 지갑에 %1의 키가 없습니다</translation>
    </message>
    <message>
        <source>cannot create the demo state directory %1</source>
        <translation>데모 상태 디렉터리 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>The demo relay could not start: %1</source>
        <translation>데모 릴레이를 시작할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>The journal was damaged and was kept as %1; a new one was started, and %n unfinished cancellation(s) were carried over to be finished.</source>
        <translation>
            <numerusform>기록부가 손상되어 %1(으)로 보관했습니다. 새 기록부를 시작했고, 끝나지 않은 취소 %n건을 옮겨 마저 처리합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>This kiosk cannot record cancellations: %1</source>
        <translation>이 키오스크는 지금 취소를 기록할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This kiosk cannot record cancellations right now. Nothing was sent. Staff can see why in staff mode.</source>
        <translation>지금은 이 키오스크가 취소를 기록할 수 없습니다. 아무것도 보내지 않았습니다. 직원 모드에서 이유를 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>The relay at %1 does not answer (%2) since %3.</source>
        <translation>%1의 릴레이가 %3부터 응답하지 않습니다(%2).</translation>
    </message>
    <message>
        <source>No relay is configured. Set its address in staff mode (Settings) or as [relay] url in %1; [kiosk] mode = demo runs the demonstration.</source>
        <translation>릴레이가 설정되지 않았습니다. 직원 모드(설정)에서 주소를 입력하거나 %1의 [relay] url에 설정하세요. [kiosk] mode = demo로 설정하면 데모가 실행됩니다.</translation>
    </message>
    <message>
        <source>the kiosk has no state directory yet. Try again shortly.</source>
        <translation>키오스크에 아직 상태 디렉터리가 없습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>kiosk::staff</name>
    <message>
        <source>the PIN must be digits only (0 to 9)</source>
        <translation>PIN은 숫자(0~9)로만 입력해야 합니다</translation>
    </message>
    <message>
        <source>the stored staff PIN hash is malformed: %1</source>
        <translation>저장된 직원 PIN 해시의 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>the iterations must be a whole number from %1 to %2</source>
        <translation>반복 횟수는 %1에서 %2 사이의 정수여야 합니다</translation>
    </message>
    <message>
        <source>the salt must be 8 to 64 bytes in base64</source>
        <translation>솔트는 base64로 8~64바이트여야 합니다</translation>
    </message>
    <message>
        <source>the hash must be %1 bytes in base64</source>
        <translation>해시는 base64로 %1바이트여야 합니다</translation>
    </message>
    <message>
        <source>no random numbers for the PIN&apos;s salt</source>
        <translation>PIN 솔트에 쓸 난수를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>the PIN could not be hashed</source>
        <translation>PIN 해시를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>no state directory</source>
        <translation>상태 디렉터리가 없습니다</translation>
    </message>
    <message>
        <source>the scrypt cost must be LOG2_N from %1 to %2, R from 1 to %3 and P from 1 to %4</source>
        <translation>scrypt 비용은 LOG2_N %1~%2, R 1~%3, P 1~%4여야 합니다</translation>
    </message>
    <message>
        <source>it must look like scrypt$LOG2_N$R$P$SALT$HASH (loyalty-kioskctl pin-hash makes one)</source>
        <translation>scrypt$LOG2_N$R$P$SALT$HASH 형식이어야 합니다 (loyalty-kioskctl pin-hash로 만들 수 있습니다)</translation>
    </message>
    <message>
        <source>%1 can be read or changed by other users than the kiosk&apos;s: fix it with: chmod 600 %1</source>
        <translation>키오스크 외의 다른 사용자가 %1을(를) 읽거나 바꿀 수 있습니다. 다음 명령으로 고치세요: chmod 600 %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the staff PIN&apos;s hash is in kiosk.conf, which other users can read: move it to %1 (mode 600) and empty [staff] pin_hash</source>
        <translation>직원 PIN 해시가 다른 사용자도 읽을 수 있는 kiosk.conf에 있습니다: %1(모드 600)로 옮기고 [staff] pin_hash를 비우세요</translation>
    </message>
    <message>
        <source>%1: %2; remove it to use %3 again</source>
        <translation>%1: %2. %3을(를) 다시 쓰려면 이 파일을 지우세요</translation>
    </message>
    <message>
        <source>the PIN must be %1 to %2 digits long</source>
        <translation>PIN은 %1~%2자리 숫자여야 합니다</translation>
    </message>
    <message>
        <source>the set-up code must be %1 to %2 digits (0 to 9)</source>
        <translation>설정 코드는 %1~%2자리 숫자(0~9)여야 합니다</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::AttractScreen</name>
    <message>
        <source>Cancel a purchase paid with points</source>
        <translation>포인트로 결제한 구매 취소</translation>
    </message>
    <message>
        <source>If the shop cancelled your purchase, approve it here to get your points back.</source>
        <translation>상점에서 구매를 취소했다면 여기에서 승인하고 포인트를 돌려받으세요.</translation>
    </message>
    <message>
        <source>Demo mode: a simulated loyalty system and a demo wallet. No real points are used.</source>
        <translation>데모 모드: 모의 포인트 시스템과 데모 지갑을 사용합니다. 실제 포인트는 사용되지 않습니다.</translation>
    </message>
    <message>
        <source>Connecting to the loyalty system…</source>
        <translation>포인트 시스템에 연결하는 중입니다…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Shows the cancellations waiting at this kiosk</source>
        <translation>이 키오스크에서 대기 중인 취소 건을 보여 줍니다</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>직원 모드</translation>
    </message>
    <message>
        <source>For shop staff: asks for the staff PIN</source>
        <translation>직원용: 직원 PIN을 입력받습니다</translation>
    </message>
    <message>
        <source>Staff PIN in this demo: %1</source>
        <translation>이 데모의 직원 PIN: %1</translation>
    </message>
    <message>
        <source>This kiosk is out of service right now</source>
        <translation>지금은 이 키오스크를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Please ask the staff at the counter for help, or come back a little later.</source>
        <translation>계산대의 직원에게 도움을 요청하시거나, 잠시 후에 다시 와 주세요.</translation>
    </message>
    <message>
        <source>This screen comes back by itself when the kiosk works again.</source>
        <translation>키오스크가 다시 작동하면 이 화면이 저절로 원래대로 돌아옵니다.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CameraPreview</name>
    <message>
        <source>Camera view</source>
        <translation>카메라 화면</translation>
    </message>
    <message>
        <source>Shows what the scanner camera sees</source>
        <translation>스캐너 카메라에 보이는 모습을 보여 줍니다</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ConnectionTab</name>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Relay: demo relay (bundled simulator). No real payments are touched.</source>
        <translation>릴레이: 데모 릴레이(내장 시뮬레이터). 실제 결제에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>Relay: %1 (API %2)</source>
        <translation>릴레이: %1 (API %2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>조치 방법: %1</translation>
    </message>
    <message>
        <source>Asking the relay…</source>
        <translation>릴레이에 확인하는 중입니다…</translation>
    </message>
    <message>
        <source>Relay connection</source>
        <translation>릴레이 연결</translation>
    </message>
    <message>
        <source>the kiosk is still connecting</source>
        <translation>키오스크가 아직 연결하는 중입니다</translation>
    </message>
    <message>
        <source>check the relay URL on the Settings tab, restart the kiosk, then check again</source>
        <translation>설정 탭에서 릴레이 URL을 확인하고 키오스크를 다시 시작한 다음 다시 점검하세요</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>암호화</translation>
    </message>
    <message>
        <source>HTTPS, checked against the system&apos;s certificates</source>
        <translation>HTTPS, 시스템 인증서로 확인함</translation>
    </message>
    <message>
        <source>HTTPS, checked against %1</source>
        <translation>HTTPS, %1(으)로 확인함</translation>
    </message>
    <message>
        <source>plain HTTP, but only within this computer</source>
        <translation>암호화되지 않은 HTTP이지만 이 컴퓨터 안에서만 사용함</translation>
    </message>
    <message>
        <source>plain HTTP to %1: anyone on the network can read and change it</source>
        <translation>%1에 암호화되지 않은 HTTP로 연결함: 네트워크의 누구나 내용을 읽고 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>use an https:// relay URL on the Settings tab</source>
        <translation>설정 탭에서 https:// 릴레이 URL을 사용하세요</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>단말기 ID</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>set the terminal id on the Settings tab (at most 66 characters)</source>
        <translation>설정 탭에서 단말기 ID를 설정하세요 (최대 66자)</translation>
    </message>
    <message>
        <source>Terminal key</source>
        <translation>단말기 키</translation>
    </message>
    <message>
        <source>requests are signed by %1; the relay must list this address as a payment signer</source>
        <translation>요청은 %1(으)로 서명됩니다. 릴레이에 이 주소가 결제 서명자로 등록되어 있어야 합니다</translation>
    </message>
    <message>
        <source>set [terminal] key in kiosk.conf (the v2 API needs it), then restart the kiosk</source>
        <translation>kiosk.conf에 [terminal] key를 설정하고(v2 API에 필요) 키오스크를 다시 시작하세요</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>접근 키</translation>
    </message>
    <message>
        <source>set</source>
        <translation>설정됨</translation>
    </message>
    <message>
        <source>set [relay] access_key in kiosk.conf (the v1 API needs it), then restart the kiosk</source>
        <translation>kiosk.conf에 [relay] access_key를 설정하고(v1 API에 필요) 키오스크를 다시 시작하세요</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>릴레이</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms (chain %3)</source>
        <translation>%1이(가) %2ms 만에 응답했습니다 (체인 %3)</translation>
    </message>
    <message>
        <source>check the network cable or Wi-Fi and the relay URL; if they are right, the relay may be down</source>
        <translation>네트워크 케이블이나 Wi-Fi, 릴레이 URL을 확인하세요. 모두 올바르다면 릴레이가 멈춘 것일 수 있습니다</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>시계</translation>
    </message>
    <message numerus="yes">
        <source>this kiosk is %n second(s) ahead of the relay</source>
        <translation>
            <numerusform>이 키오스크의 시계가 릴레이보다 %n초 빠릅니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this kiosk is %n second(s) behind the relay</source>
        <translation>
            <numerusform>이 키오스크의 시계가 릴레이보다 %n초 느립니다</numerusform>
        </translation>
    </message>
    <message>
        <source>the 45-second approval window needs a correct clock: check the time synchronisation (NTP)</source>
        <translation>45초 승인 시간을 지키려면 시계가 정확해야 합니다: 시간 동기화(NTP)를 확인하세요</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>연결 점검</translation>
    </message>
    <message>
        <source>Asks the relay for an answer and checks this kiosk&apos;s settings</source>
        <translation>릴레이에 응답을 요청하고 이 키오스크의 설정을 점검합니다</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>Each check with OK or the problem and what to do</source>
        <translation>항목별 점검 결과: 정상 또는 문제와 조치 방법</translation>
    </message>
    <message>
        <source>fix [relay] ca_file in kiosk.conf, then restart the kiosk</source>
        <translation>kiosk.conf의 [relay] ca_file을 고친 뒤 키오스크를 다시 시작하세요</translation>
    </message>
    <message>
        <source>Relay kind</source>
        <translation>릴레이 종류</translation>
    </message>
    <message>
        <source>a v1-only relay: no task feed; payments are followed by asking the relay</source>
        <translation>v1 전용 릴레이: 작업 피드가 없어 릴레이에 물어서 결제를 따라갑니다</translation>
    </message>
    <message>
        <source>a v2 relay with the task feed</source>
        <translation>작업 피드가 있는 v2 릴레이</translation>
    </message>
    <message>
        <source>check again in a moment; if it stays, the relay may be down</source>
        <translation>잠시 후 다시 확인하세요. 계속되면 릴레이가 멈췄을 수 있습니다</translation>
    </message>
    <message>
        <source>this relay has no v2 API: choose v1 on the Settings tab and set [relay] access_key in kiosk.conf</source>
        <translation>이 릴레이에는 v2 API가 없습니다. 설정 탭에서 v1을 고르고 kiosk.conf에 [relay] access_key를 설정하세요</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CountdownRing</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n초 남음</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiosk::ui::CustomerBar</name>
    <message>
        <source>한국어</source>
        <comment>the language this button switches to</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>Switch to Korean</source>
        <comment>the language this button switches to</comment>
        <translation>Switch to English · 영어로 전환</translation>
    </message>
    <message>
        <source>Changes every text at once</source>
        <translation>화면의 모든 글을 한 번에 바꿉니다</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>큰 글씨</translation>
    </message>
    <message>
        <source>Doubles the size of all text</source>
        <translation>모든 글씨를 두 배로 키웁니다</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Light text on black, for low vision</source>
        <translation>검은 바탕에 밝은 글씨로 보여 줍니다 (저시력자용)</translation>
    </message>
    <message>
        <source>Low screen</source>
        <translation>낮은 화면</translation>
    </message>
    <message>
        <source>Moves everything to the lower part of the screen, for wheelchair users</source>
        <translation>모든 내용을 화면 아래쪽으로 옮깁니다 (휠체어 사용자용)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>음성 안내</translation>
    </message>
    <message>
        <source>Read aloud unavailable</source>
        <translation>음성 안내 사용 불가</translation>
    </message>
    <message>
        <source>Reads this screen and the control you move to aloud through the earphone jack. Amounts only when you ask.</source>
        <translation>이어폰 단자로 이 화면과 선택한 버튼을 읽어 줍니다. 금액은 요청하실 때만 읽습니다.</translation>
    </message>
    <message>
        <source>This kiosk cannot speak right now. Please ask the staff for help.</source>
        <translation>지금은 이 키오스크에서 음성 안내를 할 수 없습니다. 직원에게 도움을 요청해 주세요.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::DetailScreen</name>
    <message>
        <source>Cancel this purchase?</source>
        <translation>이 구매를 취소할까요?</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>상점</translation>
    </message>
    <message>
        <source>Purchase %1</source>
        <translation>구매 번호 %1</translation>
    </message>
    <message>
        <source>Paid with points: %1</source>
        <translation>포인트 결제 금액: %1</translation>
    </message>
    <message>
        <source>Your points go back to your wallet after your wallet signs</source>
        <translation>지갑에서 서명하면 포인트가 지갑으로 돌아갑니다</translation>
    </message>
    <message>
        <source>The purchase stays as it is</source>
        <translation>구매가 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Yes: the purchase is cancelled and your points go back to your wallet. No: the purchase stays as it is. Either way you confirm with your phone&apos;s wallet app.</source>
        <translation>예: 구매가 취소되고 포인트가 지갑으로 돌아갑니다. 아니요: 구매는 그대로 유지됩니다. 어느 쪽이든 휴대폰의 지갑 앱으로 확인합니다.</translation>
    </message>
    <message>
        <source>Yes, cancel and return my points</source>
        <translation>예, 취소하고 포인트를 돌려받겠습니다</translation>
    </message>
    <message>
        <source>No, keep the purchase</source>
        <translation>아니요, 구매를 유지하겠습니다</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>금액: %1</translation>
    </message>
    <message>
        <source>Returns to the list of your purchases</source>
        <translation>내 구매 목록으로 돌아갑니다</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::DiagnosticsTab</name>
    <message>
        <source>Scanned: %1</source>
        <translation>스캔됨: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>문제: %1</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>진단</translation>
    </message>
    <message>
        <source>No scanners are configured (Settings tab, Scanners).</source>
        <translation>설정된 스캐너가 없습니다 (설정 탭, 스캐너).</translation>
    </message>
    <message>
        <source>Test started: %1. Scan any QR code.</source>
        <translation>테스트 시작: %1. 아무 QR 코드나 스캔하세요.</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>테스트를 멈췄습니다.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Application: %1</source>
        <translation>애플리케이션: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (빌드 버전 %2)</translation>
    </message>
    <message>
        <source>OpenSSL: %1</source>
        <translation>OpenSSL: %1</translation>
    </message>
    <message>
        <source>ZXing (QR reading): %1.%2.%3</source>
        <translation>ZXing (QR 읽기): %1.%2.%3</translation>
    </message>
    <message>
        <source>libqrencode (QR drawing): %1</source>
        <translation>libqrencode (QR 그리기): %1</translation>
    </message>
    <message>
        <source>Mode: demo (bundled simulator, demo data)</source>
        <translation>모드: 데모 (내장 시뮬레이터, 데모 데이터)</translation>
    </message>
    <message>
        <source>Mode: relay %1</source>
        <translation>모드: 릴레이 %1</translation>
    </message>
    <message>
        <source>State folder: %1</source>
        <translation>상태 폴더: %1</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>저널: %1</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>설정 파일: %1</translation>
    </message>
    <message>
        <source>none (built-in defaults)</source>
        <translation>없음 (기본값 사용)</translation>
    </message>
    <message>
        <source>Staff settings file: %1</source>
        <translation>직원 설정 파일: %1</translation>
    </message>
    <message>
        <source>Scanners: %1</source>
        <translation>스캐너: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Versions and files</source>
        <translation>버전 및 파일</translation>
    </message>
    <message>
        <source>Software versions, where the kiosk keeps its files and where the logs go</source>
        <translation>소프트웨어 버전, 키오스크 파일 위치, 로그 위치</translation>
    </message>
    <message>
        <source>Test the scanners</source>
        <translation>스캐너 테스트</translation>
    </message>
    <message>
        <source>Turns on the camera and the other scanners and lists every code they read</source>
        <translation>카메라와 다른 스캐너를 켜고 읽은 코드를 모두 보여 줍니다</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>테스트 중지</translation>
    </message>
    <message>
        <source>Turns the scanners off again</source>
        <translation>스캐너를 다시 끕니다</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>스캐너 테스트</translation>
    </message>
    <message>
        <source>What the scanners read and report, newest last</source>
        <translation>스캐너가 읽고 알린 내용 (최신 항목이 맨 아래)</translation>
    </message>
    <message>
        <source>Logs: the latest below; all in the system journal (journalctl -u loyalty-kiosk)</source>
        <translation>로그: 최근 로그는 아래에 있고, 전체 로그는 시스템 저널에 있습니다 (journalctl -u loyalty-kiosk)</translation>
    </message>
    <message>
        <source>Show the latest log lines</source>
        <translation>최근 로그 보기</translation>
    </message>
    <message>
        <source>Reloads the kiosk&apos;s most recent log lines below</source>
        <translation>키오스크의 최근 로그를 아래에 다시 불러옵니다</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>The kiosk&apos;s most recent log lines, newest last</source>
        <translation>키오스크의 최근 로그, 가장 최근 것이 맨 아래</translation>
    </message>
    <message>
        <source>Attention: %1</source>
        <translation>주의: %1</translation>
    </message>
    <message>
        <source>No camera and no scanner can read codes: customers cannot answer with their phone. Connect one, or check the Scanners setting.</source>
        <translation>코드를 읽을 카메라도 스캐너도 없습니다. 고객이 휴대폰으로 응답할 수 없습니다. 카메라나 스캐너를 연결하거나 스캐너 설정을 확인하세요.</translation>
    </message>
    <message>
        <source>Drop-in files (read after it, in this order): %1</source>
        <translation>추가 설정 파일(설정 파일 다음에 이 순서로 읽음): %1</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ErrorPresenter</name>
    <message>
        <source>Please ask the shop staff for help.</source>
        <translation>직원에게 도움을 요청하세요.</translation>
    </message>
    <message>
        <source>The loyalty system cannot be reached</source>
        <translation>포인트 시스템에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>Please try again in a moment. If it keeps happening, ask the shop staff.</source>
        <translation>잠시 후 다시 시도하세요. 문제가 계속되면 직원에게 문의하세요.</translation>
    </message>
    <message>
        <source>This cancellation cannot go on</source>
        <translation>이 취소를 계속 진행할 수 없습니다</translation>
    </message>
    <message>
        <source>The loyalty system refused this step</source>
        <translation>포인트 시스템이 이 단계를 거부했습니다</translation>
    </message>
    <message>
        <source>Please try again. If it keeps happening, ask the shop staff.</source>
        <translation>다시 시도하세요. 문제가 계속되면 직원에게 문의하세요.</translation>
    </message>
    <message>
        <source>The loyalty system&apos;s answer could not be read</source>
        <translation>포인트 시스템의 응답을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The approval failed on the blockchain</source>
        <translation>블록체인에서 승인이 실패했습니다</translation>
    </message>
    <message>
        <source>Nothing was changed. Please try the approval again.</source>
        <translation>아무것도 변경되지 않았습니다. 승인을 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>This purchase can no longer be cancelled here</source>
        <translation>이 구매는 여기서 더 이상 취소할 수 없습니다</translation>
    </message>
    <message>
        <source>Please ask the staff.</source>
        <translation>직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>Nothing was changed. Tap Try again to get a new code with the full time, or Done to stop.</source>
        <translation>아무것도 바뀌지 않았습니다. 시간을 처음부터 다시 받아 새 코드를 보려면 &apos;다시 시도&apos;를, 그만하려면 &apos;완료&apos;를 누르세요.</translation>
    </message>
    <message>
        <source>The staff can look up the reason.</source>
        <translation>직원이 이유를 확인할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ErrorScreen</name>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Starts this cancellation again</source>
        <translation>이 취소를 처음부터 다시 시작합니다</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Returns to the start screen</source>
        <translation>시작 화면으로 돌아갑니다</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::HistoryTab</name>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>기록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거절</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>선택 안 함</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>시작 안 됨</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (진행 중)</translation>
    </message>
    <message>
        <source>Not exported: the history is not open yet.</source>
        <translation>내보내지 못했습니다: 기록이 아직 열리지 않았습니다.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Search: purchase id, payment id or shop</source>
        <translation>검색: 구매 ID, 결제 ID 또는 상점</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>기록 검색</translation>
    </message>
    <message>
        <source>Shows only cancellations whose purchase id, payment id or shop contains this text</source>
        <translation>구매 ID, 결제 ID 또는 상점에 이 글자가 들어 있는 취소 건만 보여 줍니다</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Reads the history again</source>
        <translation>기록을 다시 읽어 옵니다</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <source>Saves the rows shown as a CSV file in the kiosk&apos;s state folder</source>
        <translation>표시된 행을 키오스크 상태 폴더에 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>구매 ID</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>상점</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>마지막 메시지</translation>
    </message>
    <message>
        <source>Cancellation history</source>
        <translation>취소 기록</translation>
    </message>
    <message>
        <source>Cancellations handled at this kiosk, newest first</source>
        <translation>이 키오스크에서 처리한 취소 건 (최신 항목이 맨 위)</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::IdentifyScreen</name>
    <message>
        <source>Purchase number: nothing typed yet</source>
        <translation>구매 번호: 아직 입력하지 않았습니다</translation>
    </message>
    <message>
        <source>Purchase number: %1</source>
        <translation>구매 번호: %1</translation>
    </message>
    <message>
        <source>Find your purchase</source>
        <translation>내 구매 찾기</translation>
    </message>
    <message>
        <source>Hold the barcode on your receipt, or your wallet app&apos;s address code, up to the scanner below the screen. Or type the purchase number from your receipt.</source>
        <translation>영수증의 바코드나 지갑 앱의 주소 코드를 화면 아래 스캐너에 대 주세요. 또는 영수증의 구매 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>That code is not a receipt or a wallet address. Please try the barcode on your receipt, or type the purchase number.</source>
        <translation>이 코드는 영수증이나 지갑 주소가 아닙니다. 영수증의 바코드를 대 보시거나 구매 번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Types this digit</source>
        <translation>이 숫자를 입력합니다</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Erases the last digit</source>
        <translation>마지막 숫자를 지웁니다</translation>
    </message>
    <message>
        <source>Show my purchases</source>
        <translation>내 구매 보기</translation>
    </message>
    <message>
        <source>Shows the cancellations for this purchase number</source>
        <translation>이 구매 번호의 취소 요청을 보여 줍니다</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Returns to the start screen</source>
        <translation>시작 화면으로 돌아갑니다</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::KeypadNavigator</name>
    <message>
        <source>%1, on</source>
        <translation>%1, 켜짐</translation>
    </message>
    <message>
        <source>%1, off</source>
        <translation>%1, 꺼짐</translation>
    </message>
    <message>
        <source>%1, unavailable</source>
        <translation>%1, 사용할 수 없음</translation>
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
            <numerusform>%n초 남았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your wallet&apos;s answer did not arrive within the time limit.</source>
        <translation>제한 시간 안에 지갑의 응답이 오지 않았습니다.</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <translation>소리 크기 %2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Speed %1 of %2</source>
        <translation>읽는 속도 %2단계 중 %1단계</translation>
    </message>
    <message>
        <source>There is no amount on this screen.</source>
        <translation>이 화면에는 금액이 없습니다.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the loyalty system.</source>
        <translation>키오스크가 포인트 시스템에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Something in the kiosk&apos;s set-up needs fixing. Staff can see what in staff mode.</source>
        <translation>키오스크 설정에 고칠 부분이 있습니다. 직원이 직원 모드에서 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>This kiosk has not been set up yet. Staff can set it up in staff mode.</source>
        <translation>이 키오스크는 아직 설정되지 않았습니다. 직원이 직원 모드에서 설정할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::OnScreenKeyboard</name>
    <message>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>띄어쓰기</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>On-screen keyboard</source>
        <translation>화면 키보드</translation>
    </message>
    <message>
        <source>Shift: the next letter in capitals</source>
        <translation>Shift: 다음 글자를 대문자나 쌍자음으로</translation>
    </message>
    <message>
        <source>English letters</source>
        <translation>영문 자판</translation>
    </message>
    <message>
        <source>Korean letters</source>
        <translation>한글 자판</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>기호</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>문자</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::OpenTab</name>
    <message>
        <source>Open</source>
        <translation>취소 시작</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>조회하는 중…</translation>
    </message>
    <message>
        <source>The relay could not be reached: %1</source>
        <translation>릴레이에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>찾을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Could not look it up: %1</source>
        <translation>조회하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The kiosk is still connecting to the relay. Try again shortly.</source>
        <translation>키오스크가 아직 릴레이에 연결하는 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The kiosk is not connected to the relay: %1</source>
        <translation>키오스크가 릴레이에 연결되어 있지 않습니다: %1</translation>
    </message>
    <message>
        <source>Purchase: %1</source>
        <translation>구매 ID: %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>금액: %1</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>상점: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Ready: the customer can now choose this payment on the customer screen.</source>
        <translation>준비 완료: 이제 고객이 고객 화면에서 이 결제를 선택할 수 있습니다.</translation>
    </message>
    <message>
        <source>A cancellation is already open: it can be handed to the customer.</source>
        <translation>이미 취소가 시작되어 있습니다: 고객에게 넘길 수 있습니다.</translation>
    </message>
    <message>
        <source>This payment can be cancelled here.</source>
        <translation>이 결제는 여기에서 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>This payment cannot be cancelled here in its present state.</source>
        <translation>이 결제는 현재 상태로는 여기에서 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>Payment id (0x…) or purchase id from the receipt</source>
        <translation>영수증에 있는 결제 ID(0x…) 또는 구매 ID</translation>
    </message>
    <message>
        <source>0x… or purchase id</source>
        <translation>0x… 또는 구매 ID</translation>
    </message>
    <message>
        <source>Payment id or purchase id</source>
        <translation>결제 ID 또는 구매 ID</translation>
    </message>
    <message>
        <source>The payment id (0x and 64 hexadecimal digits) or the purchase id</source>
        <translation>결제 ID(0x와 16진수 64자리) 또는 구매 ID</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Asks the relay for this payment</source>
        <translation>릴레이에서 이 결제를 조회합니다</translation>
    </message>
    <message>
        <source>Open for the customer</source>
        <translation>고객에게 열기</translation>
    </message>
    <message>
        <source>Lists this payment on the customer screen so the customer can approve its cancellation</source>
        <translation>고객이 취소를 승인할 수 있도록 이 결제를 고객 화면에 표시합니다</translation>
    </message>
    <message>
        <source>Waiting at this kiosk (customers see only their own, after they scan their receipt or wallet, or type the purchase number):</source>
        <translation>이 키오스크에서 기다리는 취소 (고객은 영수증이나 지갑을 스캔하거나 구매 번호를 입력한 뒤 자기 것만 봅니다):</translation>
    </message>
    <message>
        <source>%1 · %2 · purchase %3 · %4 (%5)</source>
        <translation>%1 · %2 · 구매 %3 · %4 (%5)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::PendingScreen</name>
    <message>
        <source>Cancellation opened %1</source>
        <translation>취소 시작 %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>결제 %1</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>상점</translation>
    </message>
    <message>
        <source>Purchase %1</source>
        <translation>구매 번호 %1</translation>
    </message>
    <message>
        <source>Choose your purchase</source>
        <translation>본인의 구매를 선택하세요</translation>
    </message>
    <message numerus="yes">
        <source>%n cancellation(s) waiting. Touch yours.</source>
        <translation>
            <numerusform>대기 중인 취소 건이 %n건 있습니다. 본인의 구매를 누르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>shop: amount</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shows this purchase and asks whether to cancel it</source>
        <translation>이 구매를 보여 주고 취소할지 묻습니다</translation>
    </message>
    <message>
        <source>Looking for your purchases…</source>
        <translation>내 구매를 찾는 중…</translation>
    </message>
    <message>
        <source>No cancellation is waiting for this purchase. Please check the number on your receipt, or ask the shop staff.</source>
        <translation>이 구매에 대해 기다리는 취소가 없습니다. 영수증의 번호를 확인하시거나 매장 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>Returns to finding your purchase</source>
        <translation>구매 찾기로 돌아갑니다</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::PinScreen</name>
    <message>
        <source>Checking…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message>
        <source>The PIN has %1 to %2 digits.</source>
        <translation>PIN은 %1~%2자리입니다.</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN이 틀렸습니다. 다시 시도하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN을 너무 많이 틀렸습니다. %n초 후에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n자리 입력됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff mode</source>
        <translation>직원 모드</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>직원 PIN을 입력하세요.</translation>
    </message>
    <message>
        <source>PIN entered so far</source>
        <translation>지금까지 입력한 PIN</translation>
    </message>
    <message>
        <source>Adds the digit %1 to the PIN</source>
        <translation>PIN에 숫자 %1을(를) 추가합니다</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Removes the last digit of the PIN</source>
        <translation>PIN의 마지막 숫자를 지웁니다</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Checks the PIN and opens staff mode</source>
        <translation>PIN을 확인하고 직원 모드를 엽니다</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Returns to the customer screens</source>
        <translation>고객 화면으로 돌아갑니다</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>직원 PIN</translation>
    </message>
    <message>
        <source>The set-up code has %1 to %2 digits.</source>
        <translation>설정 코드는 %1~%2자리입니다.</translation>
    </message>
    <message>
        <source>Wrong set-up code. Please try again.</source>
        <translation>설정 코드가 틀렸습니다. 다시 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong set-up codes. Try again in %n second(s).</source>
        <translation>
            <numerusform>설정 코드를 너무 많이 틀렸습니다. %n초 후에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. Please contact your kiosk provider.</source>
        <translation>이 키오스크에는 직원 모드가 설정되어 있지 않습니다. 키오스크 공급업체에 문의하세요.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose a PIN again.</source>
        <translation>두 PIN이 같지 않습니다. PIN을 다시 정하세요.</translation>
    </message>
    <message>
        <source>Saving the new PIN…</source>
        <translation>새 PIN을 저장하는 중입니다…</translation>
    </message>
    <message>
        <source>The new PIN could not be saved: %1</source>
        <translation>새 PIN을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Set up staff mode</source>
        <translation>직원 모드 설정</translation>
    </message>
    <message>
        <source>No staff PIN is set up yet. Enter the set-up code from your kiosk provider.</source>
        <translation>아직 직원 PIN이 없습니다. 키오스크 공급업체에서 받은 설정 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Choose a staff PIN of %1 to %2 digits. Staff will use it to open staff mode.</source>
        <translation>%1~%2자리 직원 PIN을 정하세요. 직원 모드를 열 때 이 PIN을 씁니다.</translation>
    </message>
    <message>
        <source>Enter the new PIN again.</source>
        <translation>새 PIN을 한 번 더 입력하세요.</translation>
    </message>
    <message>
        <source>Set-up code entered so far</source>
        <translation>지금까지 입력한 설정 코드</translation>
    </message>
    <message>
        <source>Adds the digit %1 to the set-up code</source>
        <translation>설정 코드에 숫자 %1을(를) 더합니다</translation>
    </message>
    <message>
        <source>Checks the set-up code</source>
        <translation>설정 코드를 확인합니다</translation>
    </message>
    <message>
        <source>Takes this PIN; you enter it again next</source>
        <translation>이 PIN을 정합니다. 다음에 한 번 더 입력합니다</translation>
    </message>
    <message>
        <source>Saves the new PIN and opens staff mode</source>
        <translation>새 PIN을 저장하고 직원 모드를 엽니다</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ProgressScreen</name>
    <message>
        <source>One moment…</source>
        <translation>잠시만 기다려 주세요…</translation>
    </message>
    <message>
        <source>The kiosk is preparing the code for your wallet.</source>
        <translation>키오스크가 지갑용 코드를 준비하고 있습니다.</translation>
    </message>
    <message>
        <source>Checking and sending your signature…</source>
        <translation>서명을 확인하고 보내는 중입니다…</translation>
    </message>
    <message>
        <source>Your wallet&apos;s signature is correct. It is being sent to the loyalty system.</source>
        <translation>지갑의 서명이 올바릅니다. 포인트 시스템으로 보내는 중입니다.</translation>
    </message>
    <message>
        <source>Waiting for confirmation…</source>
        <translation>확인을 기다리는 중입니다…</translation>
    </message>
    <message>
        <source>Your choice was received. The blockchain confirms it in a few seconds. You may leave: the kiosk finishes it for you.</source>
        <translation>선택이 접수되었습니다. 몇 초 안에 블록체인에서 확인됩니다. 이제 가셔도 됩니다: 나머지는 키오스크가 처리합니다.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>나가기</translation>
    </message>
    <message>
        <source>Returns to the start screen; the kiosk finishes this</source>
        <translation>시작 화면으로 돌아갑니다. 나머지는 키오스크가 처리합니다</translation>
    </message>
    <message>
        <source>No signature needed</source>
        <translation>서명이 필요 없습니다</translation>
    </message>
    <message>
        <source>This shop lets the loyalty system approve cancellations for it: no wallet needs to sign. The kiosk follows it until it is done. You may leave.</source>
        <translation>이 매장은 포인트 시스템이 대신 취소를 승인하도록 했습니다. 지갑 서명이 필요 없습니다. 키오스크가 끝날 때까지 확인합니다. 자리를 떠나셔도 됩니다.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::QrCodeWidget</name>
    <message>
        <source>QR code for your wallet</source>
        <translation>지갑으로 읽을 QR 코드</translation>
    </message>
    <message>
        <source>An animated code: keep your wallet&apos;s camera on it until it has read every part</source>
        <translation>움직이는 코드입니다. 지갑 카메라가 모든 부분을 읽을 때까지 코드에 대고 계세요</translation>
    </message>
    <message>
        <source>Scan this code with your wallet app, then show the kiosk your wallet&apos;s answer</source>
        <translation>지갑 앱으로 이 코드를 읽은 다음, 지갑에 나온 응답 코드를 키오스크에 보여 주세요</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::QrScreen</name>
    <message>
        <source>Scan this code with your wallet to approve</source>
        <translation>승인하려면 지갑으로 이 코드를 스캔하세요</translation>
    </message>
    <message>
        <source>Scan this code with your wallet to reject</source>
        <translation>거절하려면 지갑으로 이 코드를 스캔하세요</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left. The loyalty system sets this limit; it cannot be extended.</source>
        <translation>
            <numerusform>%n초 남았습니다. 이 제한 시간은 포인트 시스템이 정하므로 늘릴 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n second(s) left! If time runs out, nothing changes and you can start again.</source>
        <translation>
            <numerusform>%n초밖에 남지 않았습니다! 시간이 지나도 바뀌는 것은 없으며 다시 시작할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>1. Open your wallet app and scan this code.
2. Check the purchase and sign.
3. Hold the code your phone shows up to the scanner.</source>
        <translation>1. 지갑 앱을 열고 이 코드를 스캔하세요.
2. 구매 내용을 확인하고 서명하세요.
3. 휴대폰에 나온 코드를 스캐너에 대 주세요.</translation>
    </message>
    <message>
        <source>Waiting for your wallet&apos;s code…</source>
        <translation>지갑의 코드를 기다리는 중입니다…</translation>
    </message>
    <message>
        <source>Reading your wallet&apos;s code: %1 %</source>
        <translation>지갑의 코드를 읽는 중: %1 %</translation>
    </message>
    <message>
        <source>Sign with the demo wallet</source>
        <translation>데모 지갑으로 서명</translation>
    </message>
    <message>
        <source>Demo mode only: answers the code as a phone wallet would</source>
        <translation>데모 모드 전용: 휴대폰 지갑처럼 코드에 응답합니다</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>Stops here; nothing is sent and nothing changes</source>
        <translation>여기서 멈춥니다. 아무것도 보내지 않으며 바뀌는 것도 없습니다</translation>
    </message>
    <message>
        <source>Signing request for your wallet</source>
        <translation>지갑용 서명 요청</translation>
    </message>
    <message>
        <source>Sign (demo wallet)</source>
        <translation>서명 (데모 지갑)</translation>
    </message>
    <message>
        <source>The shop owner&apos;s wallet must confirm this.</source>
        <translation>가게 주인의 지갑으로 확인해야 합니다.</translation>
    </message>
    <message>
        <source>Use the wallet app you paid with.</source>
        <translation>결제할 때 쓴 지갑 앱을 사용하세요.</translation>
    </message>
    <message>
        <source>Works with the Loyalty wallet app and with wallets that can scan a signing request, such as Keystone.</source>
        <translation>로열티 지갑 앱과 Keystone처럼 서명 요청을 스캔할 수 있는 지갑에서 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Hold the code on your phone up to the camera or to the scanner below the screen.</source>
        <translation>휴대폰에 나온 코드를 카메라나 화면 아래의 스캐너에 대 주세요.</translation>
    </message>
    <message>
        <source>Hold the code on your phone up to the camera.</source>
        <translation>휴대폰에 나온 코드를 카메라에 대 주세요.</translation>
    </message>
    <message>
        <source>Hold the code on your phone up to the scanner below the screen.</source>
        <translation>휴대폰에 나온 코드를 화면 아래의 스캐너에 대 주세요.</translation>
    </message>
    <message>
        <source>This kiosk cannot read your phone&apos;s code right now. Please ask the staff at the counter for help.</source>
        <translation>지금은 이 키오스크가 휴대폰의 코드를 읽을 수 없습니다. 계산대의 직원에게 도움을 요청해 주세요.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ReadyScreen</name>
    <message>
        <source>Open your wallet app and choose Scan</source>
        <translation>지갑 앱을 열고 &apos;스캔&apos;을 고르세요</translation>
    </message>
    <message>
        <source>Picture: a phone held up to the scanner below the screen</source>
        <translation>그림: 화면 아래 스캐너에 휴대폰을 대는 모습</translation>
    </message>
    <message>
        <source>1. Unlock your phone.
2. Open the wallet app you paid with.
3. Choose Scan.
Then tap &quot;I&apos;m ready&quot;: a code appears here for your wallet to confirm that your points go back.</source>
        <translation>1. 휴대폰 잠금을 푸세요.
2. 결제할 때 쓴 지갑 앱을 여세요.
3. &apos;스캔&apos;을 고르세요.
그다음 &apos;준비됐어요&apos;를 누르면, 포인트를 돌려받는 것을 지갑에서 확인할 코드가 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>1. Unlock your phone.
2. Open the wallet app you paid with.
3. Choose Scan.
Then tap &quot;I&apos;m ready&quot;: a code appears here for your wallet to confirm that you keep the purchase.</source>
        <translation>1. 휴대폰 잠금을 푸세요.
2. 결제할 때 쓴 지갑 앱을 여세요.
3. &apos;스캔&apos;을 고르세요.
그다음 &apos;준비됐어요&apos;를 누르면, 구매를 그대로 두는 것을 지갑에서 확인할 코드가 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Afterwards your phone shows a code: hold it up to the scanner below the screen.</source>
        <translation>그러면 휴대폰에 코드가 나타납니다. 그 코드를 화면 아래 스캐너에 대 주세요.</translation>
    </message>
    <message>
        <source>Afterwards your phone shows a code: hold it up to the camera.</source>
        <translation>그러면 휴대폰에 코드가 나타납니다. 그 코드를 카메라에 대 주세요.</translation>
    </message>
    <message>
        <source>This kiosk cannot read your phone&apos;s code right now. Please ask the staff at the counter for help.</source>
        <translation>지금 이 키오스크는 휴대폰의 코드를 읽을 수 없습니다. 카운터의 직원에게 도움을 요청해 주세요.</translation>
    </message>
    <message numerus="yes">
        <source>No time limit yet. After &quot;I&apos;m ready&quot; you have %n second(s).</source>
        <translation>
            <numerusform>아직 시간 제한이 없습니다. &apos;준비됐어요&apos;를 누른 뒤 %n초가 주어집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m ready</source>
        <translation>준비됐어요</translation>
    </message>
    <message>
        <source>Shows the code for your wallet and starts the time</source>
        <translation>지갑용 코드를 보여 주고 시간을 재기 시작합니다</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Returns to the question</source>
        <translation>질문으로 돌아갑니다</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::ResultScreen</name>
    <message>
        <source>Done: the purchase is cancelled</source>
        <translation>완료: 구매가 취소되었습니다</translation>
    </message>
    <message>
        <source>Your points are back in your wallet. You can check them in your wallet app now.</source>
        <translation>포인트가 지갑으로 돌아왔습니다. 지금 지갑 앱에서 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Done: you rejected the cancellation</source>
        <translation>완료: 취소를 거절했습니다</translation>
    </message>
    <message>
        <source>Your purchase stays as it is and no points move. If this was a mistake, ask the shop staff to start the cancellation again.</source>
        <translation>구매는 그대로 유지되며 포인트도 이동하지 않습니다. 실수였다면 직원에게 취소를 다시 시작해 달라고 요청하세요.</translation>
    </message>
    <message>
        <source>The cancellation did not go through</source>
        <translation>취소가 처리되지 않았습니다</translation>
    </message>
    <message>
        <source>No points were returned. Please show this screen to the shop staff.</source>
        <translation>포인트가 돌아오지 않았습니다. 이 화면을 직원에게 보여 주세요.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>결과: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Returns to the start screen</source>
        <translation>시작 화면으로 돌아갑니다</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>금액: %1</translation>
    </message>
    <message>
        <source>Receipt
Shop: %1
Purchase: %2
Amount: %3
Result: %4
Time: %5
Staff can look this up by the purchase number.</source>
        <translation>영수증
매장: %1
구매: %2
금액: %3
결과: %4
시각: %5
직원이 구매 번호로 이 내역을 찾을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::Screen</name>
    <message>
        <source>▼ More below ▼</source>
        <translation>▼ 아래에 더 있습니다 ▼</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SettingsTab</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Relay URL: %1.</source>
        <translation>릴레이 URL: %1.</translation>
    </message>
    <message>
        <source>Terminal id: needed to work with a relay (the id the relay knows this kiosk by).</source>
        <translation>단말기 ID: 릴레이를 사용하려면 필요합니다 (릴레이가 이 키오스크를 구별하는 ID).</translation>
    </message>
    <message>
        <source>Terminal id: at most %1 characters.</source>
        <translation>단말기 ID: 최대 %1자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Serial port: enter the scanner&apos;s port (for example /dev/ttyACM0), or turn the serial scanner off.</source>
        <translation>직렬 포트: 스캐너 포트(예: /dev/ttyACM0)를 입력하거나 직렬 스캐너를 끄세요.</translation>
    </message>
    <message>
        <source>Idle time: must be from %1 to %2 seconds.</source>
        <translation>유휴 시간: %1~%2초여야 합니다.</translation>
    </message>
    <message>
        <source>Time to answer “Are you still there?”: must be from %1 to %2 seconds.</source>
        <translation>“아직 계신가요?” 응답 시간: %1~%2초여야 합니다.</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>저장하지 않았습니다. 다음을 고치세요:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>relay URL</source>
        <translation>릴레이 URL</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API 버전</translation>
    </message>
    <message>
        <source>terminal id</source>
        <translation>단말기 ID</translation>
    </message>
    <message>
        <source>scanners</source>
        <translation>스캐너</translation>
    </message>
    <message>
        <source>Saved. The changes apply from the next customer.</source>
        <translation>저장했습니다. 변경 사항은 다음 고객부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Saved. Restart the kiosk for these changes to take effect: %1.</source>
        <translation>저장했습니다. 다음 변경 사항을 적용하려면 키오스크를 다시 시작하세요: %1.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the new PIN again.</source>
        <translation>두 PIN이 서로 다릅니다. 새 PIN을 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Not saved: the kiosk has no state directory yet.</source>
        <translation>저장하지 않았습니다: 키오스크에 아직 상태 디렉터리가 없습니다.</translation>
    </message>
    <message>
        <source>Saving the new PIN…</source>
        <translation>새 PIN을 저장하는 중입니다…</translation>
    </message>
    <message>
        <source>The new PIN is saved. Use it from now on.</source>
        <translation>새 PIN을 저장했습니다. 이제부터 새 PIN을 사용하세요.</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>릴레이 URL</translation>
    </message>
    <message>
        <source>Relay API</source>
        <translation>릴레이 API</translation>
    </message>
    <message>
        <source>v1 (access key)</source>
        <translation>v1 (접근 키)</translation>
    </message>
    <message>
        <source>v2 (signed by the terminal key)</source>
        <translation>v2 (단말기 키로 서명)</translation>
    </message>
    <message>
        <source>Which version of the relay&apos;s API to use</source>
        <translation>사용할 릴레이 API 버전</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>단말기 ID</translation>
    </message>
    <message>
        <source>The id the relay knows this kiosk by</source>
        <translation>릴레이가 이 키오스크를 구별하는 ID</translation>
    </message>
    <message>
        <source>Who approves</source>
        <translation>승인하는 사람</translation>
    </message>
    <message>
        <source>The customer&apos;s wallet</source>
        <translation>고객의 지갑</translation>
    </message>
    <message>
        <source>The shop owner</source>
        <translation>상점 주인</translation>
    </message>
    <message>
        <source>Whose wallet signs the approval of a cancellation</source>
        <translation>취소 승인에 서명할 지갑</translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>스캐너</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Camera scanner</source>
        <translation>카메라 스캐너</translation>
    </message>
    <message>
        <source>Reads the wallet&apos;s QR code with a camera</source>
        <translation>카메라로 지갑의 QR 코드를 읽습니다</translation>
    </message>
    <message>
        <source>Scanner that types like a keyboard</source>
        <translation>키보드처럼 입력하는 스캐너</translation>
    </message>
    <message>
        <source>Keyboard scanner</source>
        <translation>키보드 스캐너</translation>
    </message>
    <message>
        <source>A 2D scanner connected as a keyboard</source>
        <translation>키보드로 연결된 2D 스캐너</translation>
    </message>
    <message>
        <source>Scanner on a serial port</source>
        <translation>직렬 포트 스캐너</translation>
    </message>
    <message>
        <source>Serial scanner</source>
        <translation>직렬 스캐너</translation>
    </message>
    <message>
        <source>A scanner connected to a serial or USB serial port</source>
        <translation>직렬 포트나 USB 직렬 포트에 연결된 스캐너</translation>
    </message>
    <message>
        <source>Camera name</source>
        <translation>카메라 이름</translation>
    </message>
    <message>
        <source>Empty: the default camera</source>
        <translation>비워 두면 기본 카메라</translation>
    </message>
    <message>
        <source>The camera to use, by (part of) its name; empty for the default</source>
        <translation>사용할 카메라의 이름(또는 이름의 일부). 비워 두면 기본 카메라를 사용합니다</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>직렬 포트</translation>
    </message>
    <message>
        <source>The serial scanner&apos;s port, for example /dev/ttyACM0</source>
        <translation>직렬 스캐너의 포트 (예: /dev/ttyACM0)</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>기본 언어</translation>
    </message>
    <message>
        <source>The language the welcome screen starts in</source>
        <translation>시작 화면에 처음 표시할 언어</translation>
    </message>
    <message>
        <source>Idle time (seconds)</source>
        <translation>유휴 시간(초)</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Idle time in seconds</source>
        <translation>유휴 시간(초 단위)</translation>
    </message>
    <message>
        <source>After this long without a touch the kiosk asks whether the customer is still there (%1 to %2)</source>
        <translation>이 시간 동안 화면을 누르지 않으면 키오스크가 고객에게 아직 있는지 묻습니다 (%1~%2)</translation>
    </message>
    <message>
        <source>Time to answer “Are you still there?” (seconds)</source>
        <translation>“아직 계신가요?” 응답 시간(초)</translation>
    </message>
    <message>
        <source>Time to answer in seconds</source>
        <translation>응답 시간(초 단위)</translation>
    </message>
    <message>
        <source>How long the customer has to answer before the kiosk starts over (%1 to %2)</source>
        <translation>키오스크가 처음으로 돌아가기 전에 고객이 응답할 수 있는 시간 (%1~%2)</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>고객 화면 기본값</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>큰 글씨</translation>
    </message>
    <message>
        <source>Customers start with large text</source>
        <translation>고객 화면을 큰 글씨로 시작합니다</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Customers start with high-contrast colours</source>
        <translation>고객 화면을 고대비 색으로 시작합니다</translation>
    </message>
    <message>
        <source>Controls low on the screen</source>
        <translation>버튼을 화면 아래쪽에 배치</translation>
    </message>
    <message>
        <source>Customers start with every control in the lower part of the screen</source>
        <translation>고객 화면의 모든 버튼을 화면 아래쪽에 두고 시작합니다</translation>
    </message>
    <message>
        <source>Spoken guidance</source>
        <translation>음성 안내</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <source>Checks and saves the settings on this kiosk</source>
        <translation>이 키오스크의 설정을 확인하고 저장합니다</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>직원 PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>새 PIN</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4~12자리 숫자</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>새 PIN 확인</translation>
    </message>
    <message>
        <source>The same digits once more</source>
        <translation>같은 숫자를 한 번 더 입력하세요</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>PIN 변경</translation>
    </message>
    <message>
        <source>Saves the new staff PIN</source>
        <translation>새 직원 PIN을 저장합니다</translation>
    </message>
    <message>
        <source>The new PIN must have 6 to 12 digits.</source>
        <translation>새 PIN은 6~12자리여야 합니다.</translation>
    </message>
    <message>
        <source>Offers customers &quot;Read aloud&quot;; it speaks only when they turn it on</source>
        <translation>고객에게 &apos;음성 안내&apos;를 제공합니다. 고객이 켤 때만 읽어 줍니다</translation>
    </message>
    <message>
        <source>https://… (empty: not configured)</source>
        <translation>https://… (비워 두면 설정되지 않음)</translation>
    </message>
    <message>
        <source>The address of the payment relay, https://…; empty leaves the kiosk out of service, except in demo mode</source>
        <translation>결제 릴레이 주소(https://…). 비워 두면 데모 모드가 아닌 한 키오스크가 운영 중지 상태가 됩니다</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::SpeechPanel</name>
    <message>
        <source>Read amount</source>
        <translation>금액 듣기</translation>
    </message>
    <message>
        <source>Reads aloud the amount on this screen; amounts are not read otherwise</source>
        <translation>이 화면의 금액을 읽어 줍니다. 요청하지 않으면 금액은 읽지 않습니다</translation>
    </message>
    <message>
        <source>Volume %1/%2</source>
        <translation>소리 %1/%2</translation>
    </message>
    <message>
        <source>Volume %1 of %2</source>
        <translation>소리 크기 %2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Press for a louder voice; after the loudest it starts again from the quietest</source>
        <translation>누를 때마다 소리가 커집니다. 가장 큰 소리 다음에는 가장 작은 소리부터 다시 시작합니다</translation>
    </message>
    <message>
        <source>Speed %1/%2</source>
        <translation>속도 %1/%2</translation>
    </message>
    <message>
        <source>Speed %1 of %2</source>
        <translation>읽는 속도 %2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Press for a faster voice; after the fastest it starts again from the slowest</source>
        <translation>누를 때마다 빨리 읽습니다. 가장 빠른 속도 다음에는 가장 느린 속도부터 다시 시작합니다</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::StaffScreen</name>
    <message>
        <source>Staff mode</source>
        <translation>직원 모드</translation>
    </message>
    <message>
        <source>Demo mode: no real payments are touched.</source>
        <translation>데모 모드: 실제 결제에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>Back to customer screens</source>
        <translation>고객 화면으로 돌아가기</translation>
    </message>
    <message>
        <source>Leaves staff mode; unsaved settings are dropped</source>
        <translation>직원 모드를 나갑니다. 저장하지 않은 설정은 사라집니다</translation>
    </message>
    <message>
        <source>Staff tasks</source>
        <translation>직원 작업</translation>
    </message>
    <message>
        <source>Settings, connection, history, opening a cancellation and diagnostics</source>
        <translation>설정, 연결, 기록, 취소 시작, 진단</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>키오스크 다시 시작</translation>
    </message>
    <message>
        <source>Quits the application; the system service starts it again with the saved settings</source>
        <translation>프로그램을 종료합니다. 시스템 서비스가 저장된 설정으로 다시 시작합니다</translation>
    </message>
    <message>
        <source>Restart the kiosk now? The screen goes blank for a few seconds; a cancellation in progress is kept and continues.</source>
        <translation>지금 키오스크를 다시 시작할까요? 몇 초 동안 화면이 꺼지며, 진행 중인 취소는 보존되어 이어서 진행됩니다.</translation>
    </message>
    <message>
        <source>Yes, restart</source>
        <translation>예, 다시 시작</translation>
    </message>
    <message>
        <source>Quits and starts the kiosk again</source>
        <translation>키오스크를 종료하고 다시 시작합니다</translation>
    </message>
    <message>
        <source>No, keep running</source>
        <translation>아니요, 계속 실행</translation>
    </message>
    <message>
        <source>Nothing is restarted</source>
        <translation>아무것도 다시 시작하지 않습니다</translation>
    </message>
</context>
<context>
    <name>kiosk::ui::StillTherePanel</name>
    <message>
        <source>Are you still there?</source>
        <translation>아직 계신가요?</translation>
    </message>
    <message numerus="yes">
        <source>The kiosk goes back to the start in %n second(s) and clears this screen.</source>
        <translation>
            <numerusform>%n초 후에 이 화면을 지우고 처음으로 돌아갑니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>시간이 더 필요합니다</translation>
    </message>
    <message>
        <source>Keeps this screen open</source>
        <translation>이 화면을 계속 보여 줍니다</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>지금 끝내기</translation>
    </message>
    <message>
        <source>Clears the screen and goes back to the start</source>
        <translation>화면을 지우고 처음으로 돌아갑니다</translation>
    </message>
</context>
<context>
    <name>kiosk::workflow</name>
    <message>
        <source>This cancellation is not open: %1</source>
        <translation>이 취소 건은 진행 중이 아닙니다: %1</translation>
    </message>
    <message>
        <source>This payment cannot be cancelled here: %1</source>
        <translation>이 결제는 여기에서 취소할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The time to approve this cancellation has run out</source>
        <translation>이 취소를 승인할 수 있는 시간이 지났습니다</translation>
    </message>
    <message>
        <source>The time to approve has run out</source>
        <translation>승인 시간이 지났습니다</translation>
    </message>
    <message>
        <source>The relay has not settled this cancellation in time: %1</source>
        <translation>릴레이가 제시간에 이 취소를 처리하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cancelled at the kiosk</source>
        <translation>키오스크에서 취소되었습니다</translation>
    </message>
    <message>
        <source>No cancellation with purchase id %1 is known at this terminal; enter the payment id from the receipt</source>
        <translation>이 단말기에는 구매 ID %1에 해당하는 취소 건이 없습니다. 영수증에 있는 결제 ID를 입력하세요</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>%1 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the journal has no entry for this cancellation</source>
        <translation>기록부에 이 취소의 항목이 없습니다</translation>
    </message>
    <message>
        <source>This kiosk cannot record the cancellation, so nothing was sent: %1</source>
        <translation>이 키오스크가 취소를 기록할 수 없어 아무것도 보내지 않았습니다: %1</translation>
    </message>
    <message>
        <source>the relay&apos;s answer is about another payment (%1 differ); nothing was done with it</source>
        <translation>릴레이의 응답이 다른 결제에 관한 것입니다 (%1 불일치). 이 응답으로는 아무것도 하지 않았습니다</translation>
    </message>
    <message>
        <source>This purchase can no longer be cancelled here; please ask the staff</source>
        <translation>이 구매는 여기서 더 이상 취소할 수 없습니다. 직원에게 문의해 주세요</translation>
    </message>
</context>
</TS>
