"""holdout291: ten ordinary draft contracts (5 zh, 5 en), written BEFORE any run.

Writes the .txt/.md files directly and the .docx/.pdf through ../word_pdf.py (wrap_words=True), asserts every price
and payment sum and that each labelled figure appears in the text, re-applies the policy §3 rules to the labels and
asserts they equal the plan, writes the .json labels, then reads every built file back (python-docx paragraphs +
tables, pypdf), checks the lengths and scans the text for threshold values (regexes self-tested first).
Run: /work/main/.venv/bin/python make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
C = {}  # key -> dict(name, fmt, lang, src)


def add(key, name, fmt, lang, src):
    C[key] = dict(name=name, fmt=fmt, lang=lang, src=src.strip("\n") + "\n")


# ---------------------------------------------------------------- h291z01 (docx, zh, compliant)
add("h291z01", "h291z01_city_transport_taxi_ridehailing_supervision_platform.docx", "docx", "zh", """
T:临川市出租汽车和网络预约出租汽车监管平台建设项目合同书
P:项目编号：LCJT-ZC-2026-017（公开招标）
P:采购人（甲方）：临川市交通运输局
P:住所：临川市行政中心东楼　联系人：行业监管科
P:供应商（乙方）：南京宁途信息技术有限公司
P:住所：南京市建邺区云锦路88号　联系人：项目部
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临川市出租汽车和网络预约出租汽车监管平台（以下简称“监管平台”）的建设事宜，经平等协商，订立本合同。招标文件、投标文件、中标通知书和双方确认的技术方案均为本合同的组成部分；上述文件内容不一致时，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方负责监管平台的软件供货、硬件供货、定制开发、数据迁移、安装部署和培训，使甲方能够对全市巡游出租汽车、网约车、驾驶员和网约车平台公司实施动态监管。
P:1.2 监管平台包括车辆动态监测、驾驶员从业资格与诚信考核、网约车平台数据接入与合规比对、投诉举报联动处置、运价监测与统计分析、移动执法终端应用等模块，具体功能以技术方案第三章的功能清单为准。
P:1.3 乙方应完成与省级网约车监管信息交互平台、本市公共交通数据中心以及服务热线工单系统的接口对接，并负责将原出租汽车管理系统中的车辆、驾驶员、经营者档案迁移至监管平台。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾贰万元整（¥2,420,000），为固定总价，已包含软硬件、定制开发、实施、运输、保险、税费以及质保期内的全部服务费用，甲方不再另行支付其他费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|监管平台软件许可（永久使用）|1套|1,280,000
TB:2|数据接入网关及应用服务器（硬件）|4台|436,000
TB:3|定制开发（省级平台对接、诚信考核、投诉联动）|1项|518,000
TB:4|数据迁移与实施部署|1项|164,000
TB:5|用户培训|1项|22,000
TB:合计|||2,420,000
P:2.2 上表第1项与第2项合称“软硬件小计”，金额为¥1,716,000。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的合法发票支付合同总价的20%，即¥484,000，作为预付款。
P:3.2 监管平台完成部署并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥1,089,000。
P:3.3 监管平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥847,000。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批流程产生的合理延迟不视为甲方违约。乙方应在每次付款前开具等额发票。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成软硬件到货、安装部署和数据迁移，并于合同签订后一百五十日内完成全部定制开发，向甲方提交初步验收申请。
P:4.2 乙方应指派具有同类项目经验的项目经理一名全程负责本项目，未经甲方书面同意不得更换。乙方人员进入甲方机房应遵守甲方管理制度。
P:4.3 乙方应为甲方行业监管科、执法支队及区县运管人员提供不少于三期集中培训，提交用户手册、运维手册和数据字典，并保证甲方人员在培训后能够独立完成日常查询、统计和处置操作。
H:第五条 验收
P:5.1 初步验收由甲方组织，对功能清单逐项测试。验收标准为：（一）功能清单全部实现；（二）全市出租汽车车载终端数据接入率不低于98%，数据延迟不超过10秒；（三）200个并发用户下页面平均响应时间不超过3秒；（四）与省级平台的数据交互连续七日无差错；（五）迁移数据经抽样核对准确无误。
P:5.2 初步验收通过后进入九十日试运行。试运行期内未发生一级故障，且监管平台通过甲方委托的第三方网络安全等级保护测评（第三级）后，甲方组织专家进行最终验收并出具书面验收报告。
P:5.3 系统上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内完成整改并重新申请验收，由此发生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内乙方免费提供软件升级、缺陷修复、硬件维修更换以及7×24小时技术支持。
P:6.2 质保期内监管平台月可用率不低于99.95%。故障分级及响应要求：一级故障（平台整体不可用或车辆数据接入中断）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单一模块不可用）1小时内响应，8小时内恢复；三级故障（一般性问题）在下一个工作日内解决。
P:6.3 乙方响应或恢复超时的，每超时一小时扣减服务费人民币800元；月可用率每低于约定值0.01个百分点，扣减人民币1,500元。扣减金额从应付款项或履约保证金中扣除。
P:6.4 质保期满后，甲方如需乙方继续提供运维服务，双方另行签订运维合同，年度运维服务费不超过软硬件小计的9%（即每年不超过¥154,440），且自质保期满起三年内不上调。运维合同不自动续期。
H:第七条 知识产权
P:7.1 为本项目定制开发的程序、接口、报表及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收时一并交付源代码，甲方有权自行或委托第三方修改和使用。
P:7.2 乙方原有平台软件的知识产权仍归乙方，甲方享有永久、不可撤销的使用许可。乙方保证所供软硬件不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 监管平台采集和处理的车辆轨迹、驾驶员信息、乘客投诉以及平台公司报送的数据均归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求落实访问控制、加密传输与存储、日志审计和最小权限管理；远程运维须经甲方审批，并通过甲方指定的堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任及相应的法律责任。
H:第九条 保密
P:9.1 乙方对在履行合同过程中知悉的甲方工作秘密、系统口令、网络结构等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付的产品或服务不符合合同约定的，应负责更换或整改，并赔偿甲方因此遭受的损失。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目转包或分包给任何第三方，也不得转让本合同项下的权利和义务。
H:第十二条 合同解除
P:12.1 乙方逾期交付超过三十日、验收两次不合格，或有其他严重违约行为经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市交通运输局　　法定代表人或授权代表：________　　日期：____年__月__日
P:乙方（盖章）：南京宁途信息技术有限公司　　法定代表人或授权代表：________　　日期：____年__月__日
""")

# ---------------------------------------------------------------- h291z02 (pdf, zh, POST-WARRANTY-FEE + TCO + LD-LOW)
add("h291z02", "h291z02_paper_mill_qcs_with_post_warranty_maintenance.pdf", "pdf", "zh", """
T:纸机质量控制系统（QCS）采购、安装及维保合同
P:合同编号：SMZY-SB-2026-0311
P:甲方（买方）：赣州森茂纸业有限公司
P:地址：江西省赣州市南康区工业园纸业大道6号
P:乙方（卖方）：上海科扫测控技术有限公司
P:地址：上海市闵行区紫星路1588号
P:鉴于甲方PM3文化用纸纸机（净纸幅宽5,600毫米，设计车速1,200米/分钟）需更换原有质量控制系统，乙方具备QCS系统的供货、安装、标定和维保能力，双方经友好协商，就QCS系统的采购、安装及后续维保事宜达成如下协议，共同遵守。
H:一、合同标的与价格
P:（一）乙方向甲方提供QCS扫描架及在线测量传感器、横幅定量稀释水执行器、QCS控制软件许可及操作站，并负责安装、标定、调试和培训。设备型号、配置及技术参数以附件一《技术协议》为准。
P:（二）合同价格明细如下：
P:1. QCS扫描架及测量传感器（定量、水分、灰分、厚度、颜色）1套：¥1,960,000；
P:2. 横幅定量稀释水执行器（含执行器单元120个）1套：¥520,000；
P:3. QCS控制软件许可（永久）及操作站2套：¥420,000；
P:以上第1至3项合称“设备及软件小计”，计¥2,900,000。
P:4. 安装、标定及调试：¥186,000；
P:5. 操作及维护培训：¥34,000。
P:合同总价：人民币叁佰壹拾贰万元整（¥3,120,000），含13%增值税，包括设备运输至甲方现场、保险、安装辅材及乙方人员差旅费用。
H:二、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的20%，即¥624,000，作为预付款。
P:（二）全部设备运抵甲方现场并经双方开箱清点、签署到货签收单后，甲方支付合同总价的25%，即¥780,000。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的50%，即¥1,560,000。
P:（四）其余5%即¥156,000作为质量保证金，质保期满且无未决质量问题后十五日内无息支付。
H:三、交货与安装
P:（一）乙方应于合同生效后一百二十日内将全部设备运抵甲方现场，并在甲方停机检修期间（预计七日）内完成扫描架就位、执行器安装和接线。
P:（二）QCS测量传感器所含放射源的运输、辐射安全许可变更及退役回收手续由乙方负责协助办理，相关费用已包含在合同价格中。
P:（三）乙方现场人员应遵守甲方安全生产管理制度，进入车间须佩戴安全帽、听从甲方调度，动火、登高和临时用电作业须办理作业票。乙方人员在现场因自身原因发生的安全事故由乙方负责。
P:（四）乙方应在安装前提交施工方案、接线图和停机检修期间的工作计划，经甲方设备部确认后实施；因乙方原因延长停机时间的，每延长一小时，乙方按停机损失的实际金额承担赔偿责任。
P:（五）培训分为操作培训和维护培训两部分：操作培训面向纸机班组，内容包括画面操作、质量趋势判读和常见报警处理；维护培训面向仪表人员，内容包括扫描架机械维护、传感器标准化、标定流程和备件更换。乙方应提交中文版操作手册、维护手册、接线图和备件清单各两套及电子版。
H:四、验收
P:（一）系统安装调试完成后，双方按《技术协议》进行性能测试。验收标准为：定量测量与实验室离线检测的偏差不超过±0.5克/平方米；水分测量偏差不超过±0.3个百分点；横幅定量闭环投运后，横幅定量2σ值较改造前降低不少于35%；系统连续稳定运行72小时无故障。
P:（二）性能测试全部达标后，双方签署最终验收证书。安装完成或甲方投入使用，均不视为验收合格。未达标的，乙方应在二十日内整改并重新测试。
H:五、质量保证
P:（一）质保期为自最终验收合格之日起十八个月。质保期内，设备及软件出现非甲方原因造成的故障，由乙方免费维修或更换，并免费提供软件补丁。
P:（二）故障响应：一级故障（扫描架停止扫描或测量值失真导致无法闭环控制）乙方接报后30分钟内电话响应，8小时内工程师到达现场，24小时内恢复运行；二级故障（单项测量或单台操作站异常）2小时内响应，48小时内处理完毕。
P:（三）乙方响应、到场或恢复超过上述时限的，每超时一小时，甲方有权从质量保证金或维保费中扣减人民币600元。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按年度为甲方提供维保服务，内容包括每季度一次传感器标定、备品备件更换、放射源年度检查配合、软件版本升级及7×24小时电话支持。
P:（二）年度维保费按设备及软件小计的24%计取，即每年人民币696,000元，于每个维保年度开始后按季度等额支付，维保期内单价固定不变。甲方可逐年决定是否续签。
P:（三）维保期内，乙方每次标定后应提交标定记录和测量偏差分析报告；传感器、执行器单元等易损件的更换已包含在维保费中，因甲方操作不当造成的损坏除外。维保期内的故障响应时限和扣减标准与本合同第五条第（二）、（三）项相同。
P:（四）乙方保证在最终验收后八年内持续供应本合同所列设备的备品备件；停产的，应提前六个月书面通知甲方，并提供兼容替代方案。
H:七、数据与保密
P:（一）QCS系统产生的生产工艺数据、质量数据和配方参数归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程诊断须事先取得甲方书面批准，并通过甲方提供的专用通道进行，不得下载或留存甲方生产数据；乙方应采取防病毒、访问控制和操作日志等安全措施，发生数据泄露或系统被入侵的，乙方应在24小时内通知甲方，因乙方原因造成的损失由乙方赔偿。
P:（三）乙方为远程诊断提供的软件工具应经甲方信息部门检测，确认无恶意代码后方可接入甲方控制网络；诊断结束后，远程通道立即关闭。
P:（四）双方对在合作中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。
H:八、知识产权
P:乙方为甲方定制的操作画面、控制回路组态和质量报表归甲方所有，甲方可自行修改和使用。QCS标准软件的知识产权归乙方，甲方享有永久使用权。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）设备性能经两次测试仍不达标的，甲方有权要求退货，乙方应退还已付款项并赔偿甲方损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十、分包
P:乙方如需将设备吊装等辅助工作交由第三方完成，应事先取得甲方书面同意，并对第三方的工作负责。
H:十一、合同解除
P:（一）因不可抗力不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供证明；双方根据不可抗力的影响协商延期履行或部分免除责任。
P:（二）任何一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同并要求赔偿损失。乙方逾期交货超过四十五日的，甲方可直接解除合同。
H:十二、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交赣州仲裁委员会仲裁，仲裁裁决是终局的。
H:十三、其他
P:本合同一式四份，双方各执二份，经双方签字盖章后生效。附件一《技术协议》与本合同具有同等效力。
P:甲方：赣州森茂纸业有限公司（盖章）　代表：________　日期：________
P:乙方：上海科扫测控技术有限公司（盖章）　代表：________　日期：________
""")

# ---------------------------------------------------------------- h291z03 (md, zh, PREPAYMENT + AUTO-RENEWAL + DATA-OWNERSHIP)
add("h291z03", "h291z03_piano_school_chain_course_membership_saas.md", "md", "zh", """
# 钢琴培训教务与会员管理SaaS服务合同

合同编号：YY-SaaS-2026-008

**甲方（客户）**：悦音钢琴艺术培训有限公司（下设15个校区）
地址：苏州市工业园区星湖街328号

**乙方（服务商）**：成都乐栈云科技有限公司
地址：成都市高新区天府大道中段1268号

甲方为统一管理旗下15个钢琴培训校区的排课、消课、会员储值和家长服务，拟采用乙方“乐栈琴课云”SaaS服务。双方本着平等自愿的原则，就订阅服务及上线实施达成如下条款。

## 0 定义

“订阅年度”指自上线验收通过之日起算的每一个周年期间，第一订阅年度自上线验收通过之日开始。“校区”指甲方在附件《校区清单》中列明的经营场所。“一级故障”“二级故障”的含义见第5条。“甲方数据”指甲方、甲方员工及学员、家长通过本服务录入或产生的全部数据。

## 1 服务内容

1.1 乙方通过互联网向甲方提供“乐栈琴课云”教务与会员管理服务，包括：学员档案、排课与琴房预约、签到消课、会员卡与储值、课时包销售、教师课酬核算、家长端小程序、校区经营报表，以及后续按第5.5条发布的功能升级。甲方可为每个校区开设不限数量的员工账号，家长端用户数量不受限制。

1.2 乙方负责上线实施，包括：15个校区的组织架构与琴房配置、历史学员及会员余额数据迁移、课时包与价格体系配置、家长端小程序品牌定制、收银对接以及对校区管理员和前台人员的培训。

1.3 服务期为两个订阅年度，自上线验收通过之日起计算，共24个月。

## 2 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 订阅费（第一订阅年度） | 15校区 × 26,800元/校区/年 | 402,000 |
| 订阅费（第二订阅年度） | 15校区 × 26,800元/校区/年 | 402,000 |
| 上线实施费（一次性） | 固定价 | 96,000 |
| **合同总金额** | | **900,000** |

2.1 上述费用含6%增值税。服务期内新增校区的，按每校区每年26,800元按月折算计费。

## 3 付款

3.1 本合同签订后七个工作日内，甲方一次性支付第一订阅年度订阅费402,000元及上线实施费96,000元，合计498,000元。乙方收到该款项后开始实施工作。

3.2 第二订阅年度订阅费402,000元，于该订阅年度开始前十日内支付。

3.3 乙方应在收款前开具增值税专用发票。

## 4 实施与上线验收

4.1 乙方应在收到3.1条款项后四十五日内完成全部实施工作，具备上线条件。

4.2 上线验收标准：（1）15个校区历史学员档案、会员余额及剩余课时迁移后与甲方原系统逐条核对一致；（2）排课、签到消课、储值扣费、课酬核算各抽测不少于50笔，结果正确；（3）家长端小程序完成微信支付对接并通过甲方财务对账；（4）连续试运行十日无一级故障。

4.3 满足上述标准的，甲方签署上线验收单。乙方通知上线或甲方开始使用，均不视为验收通过。

4.4 因乙方原因逾期上线的，每逾期一日，乙方按合同总金额的千分之一向甲方支付违约金。

4.5 实施期间，乙方应为每个校区指定一名实施顾问，并为总部指定一名项目经理。乙方应按校区分批培训校区校长、前台、教务和财务人员，培训结束后提交操作手册和常见问题解答。

4.6 甲方应按乙方提供的模板及时提供学员、会员、课时包和价格数据，并指定总部联系人协调各校区配合；因甲方数据延迟提供导致上线推迟的，上线期限相应顺延。

## 5 服务水平

5.1 乙方承诺服务月可用率不低于99.95%（计划内维护须提前48小时通知且安排在22:00至次日6:00之间，不计入不可用时间）。

5.2 一级故障（系统无法登录、无法签到消课或无法收款）乙方应在30分钟内响应，2小时内恢复；二级故障（单一功能异常）2小时内响应，1个工作日内修复。

5.3 月可用率低于约定值的，按当月应分摊订阅费的10%减免服务费；低于99.5%的，减免比例为25%。一级故障响应超时的，每次另减免500元。减免额从下一期订阅费中抵扣。

5.4 乙方提供工作日9:00至21:00的在线客服和电话支持，周末及法定节假日提供值班支持，以适应培训机构晚间和周末上课高峰。乙方每月向甲方提交服务报告，列明可用率、故障记录和减免金额。

5.5 乙方对平台进行功能升级的，不得降低本合同约定的功能和服务水平；涉及收费规则或操作流程重大变更的，应提前十五日通知甲方。

## 6 数据

6.1 甲方及其学员、家长在系统中产生的学员档案、课程记录、储值与交易数据归甲方所有。

6.2 甲方同意，乙方可将上述数据（包括学员年龄段、学琴进度、考级成绩、课时消耗和消费频次）进行脱敏处理后，用于乙方产品改进、音乐教育行业分析报告，以及向乙方合作的琴行、乐器品牌进行精准推荐。本款授权在合同终止后继续有效。

6.3 乙方应按照网络安全等级保护第三级要求运营服务，对数据实施加密存储、访问控制和操作审计；数据托管于中国境内。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因给甲方造成损失的，由乙方赔偿。

6.4 合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据并交付甲方，随后删除其系统中的甲方数据。

## 7 知识产权

乙方平台软件的知识产权归乙方。乙方为甲方定制的小程序页面、品牌素材、报表模板等成果归甲方所有，甲方可自由使用和修改。

## 8 保密

双方对合作中获知的对方商业信息、学员信息和经营数据负有保密义务，未经对方书面同意不得披露，本义务在合同终止后继续有效。

## 9 续订

服务期满前三十日，任何一方未书面提出不续订的，本合同自动续订一个订阅年度，可多次续订。续订时乙方有权按其届时公布的标准价格调整订阅费，每次上调幅度不超过8%。

## 10 责任限制

除数据泄露、侵犯知识产权及故意行为外，乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限。

## 11 分包

乙方可使用阿里云作为基础云资源提供方。除此之外，乙方将本合同项下任何工作交由第三方完成的，须事先取得甲方书面同意。

## 12 解除

12.1 乙方严重违约（包括连续两个月可用率低于99.5%、逾期上线超过三十日或发生重大数据泄露），经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还未使用期间的订阅费。

12.2 甲方逾期付款超过三十日，经乙方催告后仍未支付的，乙方可暂停服务。

## 13 法律适用与争议

本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

## 14 不可抗力

因地震、火灾、战争、政府行为或大范围网络基础设施故障等不可抗力导致无法履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商延期或部分免责。

## 15 其他

15.1 本合同附件包括：《功能清单》《实施计划》《数据迁移模板》，与本合同具有同等效力。

15.2 双方指定的联系人和联系方式以合同首页所载为准，变更的应书面通知对方。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：悦音钢琴艺术培训有限公司　　授权代表：________　　日期：________

乙方（盖章）：成都乐栈云科技有限公司　　授权代表：________　　日期：________
""")

# ---------------------------------------------------------------- h291z04 (txt, zh, SLA-AVAILABILITY + DATA-SECURITY)
add("h291z04", "h291z04_traffic_police_violation_system_annual_om.txt", "txt", "zh", """
东州市公安局交通警察支队
交通违法处理系统2026年度运维服务合同

项目名称：交通违法处理系统2026年度运维服务
采购方式：竞争性磋商（项目编号：DZGA-CS-2026-004）

采购人（甲方）：东州市公安局交通警察支队
地址：东州市明湖路16号

供应商（乙方）：东州恒安信息技术有限公司
地址：东州市高新区创业路77号

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，签订本合同。

第一章 服务内容与期限

第一条 乙方为甲方交通违法处理系统提供年度运维服务，服务范围包括：违法数据采集与审核子系统、窗口处理子系统、网上处理接口、非现场执法设备数据接入平台、罚没款缴纳对账接口及相关数据库和中间件，覆盖全市九个区县的违法处理窗口和386套非现场执法设备。

第二条 服务内容包括：派驻两名运维工程师常驻甲方指挥中心；每日巡检并提交巡检记录；每月进行一次数据库健康检查与备份恢复演练；按公安部及省厅要求完成系统版本升级；对全市非现场执法设备的数据接入进行监测、故障定位和协调处置；重大活动和节假日期间提供现场应急保障；配合甲方完成上级部门组织的系统检查、数据核查和统计报送工作。

第三条 服务开始前，乙方应与上一年度运维单位完成交接，接收系统架构图、账号清单、运维文档和遗留问题清单，交接记录须经甲方确认。因交接不完整导致的问题，乙方应及时报告甲方并协助处理。

第四条 服务期自2026年3月1日起至2027年2月28日止。服务期满，本合同自然终止，下一年度服务由甲方依法重新组织采购，本合同不自动续期。

第二章 合同价款与支付

第五条 本合同总价为人民币柒拾陆万元整（¥760,000），为包干价，分项如下：
（一）驻场运维（2人）：¥336,000；
（二）系统巡检、版本升级与数据库维护：¥148,000；
（三）非现场执法设备数据接入维护：¥212,000；
（四）重大活动及节假日应急保障：¥64,000。

第六条 合同价款按季度支付。每个服务季度结束后，甲方按第三章规定进行季度考核，考核合格后十五个工作日内支付当季服务费¥190,000，四个季度合计¥760,000。甲方不预付任何款项。

第三章 服务标准与考核

第七条 乙方应保证交通违法处理系统月可用率不低于99.5%。可用率按每月系统实际可用时长除以当月总时长计算，经甲方批准的计划停机不计入不可用时长。

第八条 故障分级与响应：一级故障（窗口处理或网上处理业务全部中断）驻场工程师须在15分钟内响应，2小时内恢复业务；二级故障（部分子系统或部分设备数据接入中断）30分钟内响应，8小时内恢复；三级故障（一般性功能缺陷）在三个工作日内解决。

第九条 季度考核标准：（一）月可用率达到第七条要求；（二）故障工单按时处置率不低于95%；（三）巡检记录、月度报告和备份恢复演练记录完整；（四）甲方业务科室满意度测评不低于90分。考核结果由双方签字确认。

第十条 考核扣款：一级故障响应或恢复超时的，每超时一小时扣减当季服务费人民币1,000元；月可用率每低于约定值0.1个百分点，扣减当季服务费的2%；工单按时处置率未达标的，扣减当季服务费的3%。扣款在当季付款时直接抵扣。

第十一条 服务期满后十五日内，乙方提交年度运维总结报告，甲方对全年服务进行年度验收，年度验收以四个季度的考核结果、年度总结报告和运维资料移交情况为依据，验收合格后出具书面验收意见。

第十二条 乙方应针对系统宕机、数据库损坏、非现场执法设备大面积离线和缴款接口中断等场景编制应急预案，报甲方审定，并每半年组织一次应急演练。演练结束后提交演练报告及改进措施。

第十三条 乙方应建立运维工单台账，对每一故障记录发现时间、响应时间、恢复时间、原因分析和处理措施，每月5日前向甲方提交上月运维月报。重大故障处理完毕后三日内提交专项报告。

第十四条 系统版本升级、参数调整等变更须提前提交变更方案，经甲方审批后在业务低峰时段实施，变更前做好回退准备。未经审批擅自变更造成业务中断的，按一级故障处理。

第四章 人员管理

第十五条 乙方驻场人员须具备三年以上同类系统运维经验，名单报甲方备案，未经甲方同意不得更换。驻场人员应遵守甲方考勤和工作纪律，着装整齐，文明服务。驻场工程师工作时间为每日8:00至20:00，其余时间实行电话值守，接报后应按第八条时限响应；春运、国庆等重大节假日期间，乙方应增派一名工程师现场值守，费用已包含在合同总价中。

第十六条 乙方人员违反甲方工作纪律，经甲方指出后仍不改正的，甲方有权要求乙方在五个工作日内更换人员。

第十七条 乙方负责协调非现场执法设备厂商及通信运营商处理设备和链路故障，对需更换的备品备件，质保期内的由乙方督促原厂免费更换，质保期外的由乙方提出报价，经甲方书面确认后另行结算。

第十八条 服务期内甲方业务需求发生调整的，乙方应配合进行参数配置和报表调整；涉及新增功能开发的，双方另行协商。

第五章 数据归属与保密

第十九条 交通违法处理系统中的违法记录、车辆和驾驶人信息、处罚决定及缴款数据归甲方所有，乙方不得将上述数据用于本合同以外的任何用途。

第二十条 乙方及其驻场人员对在履行本合同过程中知悉的甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。

第六章 知识产权

第二十一条 乙方在服务期内编写的运维文档、巡检脚本、应急预案和故障知识库归甲方所有，服务期满时应完整移交甲方，并配合甲方确定的下一运维单位完成交接，交接期不少于十日，交接期间乙方不另行收费。

第七章 违约责任

第二十二条 乙方驻场人员未按约定日期到岗，或未按甲方书面通知的期限完成版本升级的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。

第二十三条 乙方服务质量连续两个季度考核不合格的，甲方有权解除合同。乙方有其他严重违约行为，经甲方书面通知后七日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。

第二十四条 甲方无正当理由逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。

第八章 其他约定

第二十五条 乙方不得将本合同项下的服务转包或者分包。

第二十六条 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第二十七条 乙方应在合同签订后五个工作日内向甲方提交合同总价5%的履约保证金，服务期满经年度验收合格后无息退还。乙方发生违约的，甲方可从履约保证金中扣收违约金和赔偿金。

第二十八条 因不可抗力致使合同不能履行的，受影响方应及时通知对方并提供证明，双方根据影响程度协商延期或部分免除责任。重大活动和汛期、冰冻等恶劣天气期间的应急保障不属于不可抗力免责范围。

第二十九条 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

第三十条 本合同一式五份，甲方三份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。

甲方（盖章）：东州市公安局交通警察支队
授权代表：__________
日期：____年__月__日

乙方（盖章）：东州恒安信息技术有限公司
授权代表：__________
日期：____年__月__日
""")

# ---------------------------------------------------------------- h291z05 (md, zh, supplier's template, ten findings)
add("h291z05", "h291z05_tea_maker_wms_licence_supplier_template.md", "md", "zh", """
# 仓芯WMS仓储管理系统软件许可及实施合同

> 仓芯软件标准合同文本 V4.0（本文本由乙方提供）

**合同编号**：CX-WMS-2026-0419

**甲方（用户）**：福建岩韵茶业股份有限公司
**乙方（供应商）**：厦门仓芯软件有限公司

甲方因茶叶成品仓、原料仓和电商发货仓的管理需要，向乙方购买仓芯WMS软件使用许可并委托乙方进行定制开发和实施。双方经协商，签订本合同。

### 第1条 合同标的

1.1 乙方向甲方提供仓芯WMS V6（含入库、上架、库存、拣货、出库、盘点模块）在甲方三个仓库使用的永久许可。

1.2 乙方根据甲方需求进行定制开发，包括：茶叶批次与产地追溯、等级与年份管理、陈化仓温湿度台账、电商平台（天猫、抖音）订单接口、甲方ERP财务接口。

1.3 乙方负责系统部署、基础数据初始化和操作培训。培训对象为甲方仓库主管、仓管员和信息部人员，培训方式为现场集中培训两次，另提供操作视频和用户手册电子版。

1.4 许可范围：甲方在福建省安溪县成品仓、武夷山市原料仓和厦门市电商发货仓三个仓库内使用，并发用户不超过80个，手持终端不超过60台。超出上述范围使用的，甲方应按乙方价格表补缴许可费。

### 第2条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓芯WMS V6软件许可（三仓，永久） | 560,000 |
| 2 | 定制开发 | 640,000 |
| 3 | 部署实施及培训 | 120,000 |
| | 合计 | 1,320,000 |

合同总价为人民币壹佰叁拾贰万元整（¥1,320,000）。定制开发范围以双方确认的需求说明书为准，需求变更另行报价。

### 第3条 付款

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即¥858,000。乙方收到该款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥462,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施或暂停技术支持。

### 第4条 实施与上线

4.1 乙方预计在收到首付款后九十日内完成开发和部署。实施进度可能因需求变更、甲方配合等因素调整，乙方将尽力按计划推进。

4.2 甲方应按乙方要求提供服务器、数据库、网络环境和基础数据（包括商品编码、批次、库位、客户及供应商资料），并安排专人配合测试。因甲方原因导致实施延误的，乙方不承担责任，且因此增加的工作量由甲方另行付费。

4.3 需求说明书经双方签字确认后作为开发依据。甲方在开发过程中提出需求变更的，乙方评估工作量后报价，经甲方确认后执行，实施期限相应顺延。

4.4 乙方对甲方原有系统中数据的准确性不承担责任。数据初始化所需的整理和核对工作由甲方负责。

### 第5条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方应在系统上线后三日内以书面形式提出问题，逾期未提出的，视为甲方对系统无异议。甲方在上线后使用系统办理入库、出库等业务的，亦视为验收合格。

### 第6条 知识产权

6.1 仓芯WMS软件及其文档的知识产权归乙方所有。

6.2 乙方为本项目进行的定制开发成果（包括程序、接口、报表及其源代码）的知识产权亦归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向他人提供。

### 第7条 免费维护

7.1 自系统上线之日起，乙方提供六个月的免费维护，内容包括缺陷修复和远程技术支持。

7.2 免费维护期内，乙方按以下时限响应：一级故障（系统无法登录或无法出库）8小时内响应；二级故障1个工作日内响应；其他问题3个工作日内答复。

7.3 上述时限为乙方的服务目标。响应或修复时间超出上述时限的，乙方不承担任何扣款、赔偿或违约责任。

7.4 以下情形不属于免费维护范围：甲方或第三方修改系统造成的问题；服务器、网络、打印机、手持终端等硬件故障；甲方操作不当导致的数据错误；电商平台、ERP等外部系统变化引起的问题。乙方处理上述问题的，按人天另行收费。

### 第8条 后续维护

8.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护合同，维护费按乙方届时公布的价格标准执行。

8.2 年度维护费在每个维护年度开始前一次性支付。未签订维护合同或维护合同到期未续签的，乙方不再提供缺陷修复和版本升级服务；甲方之后再申请维护的，乙方有权要求补缴中断期间的维护费。

8.3 现场服务按乙方当年人天单价另行计费，差旅费用由甲方承担。

### 第9条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方实施和维护人员访问甲方系统须经甲方授权，乙方应采取必要的安全措施防止甲方数据泄露、篡改或丢失；发生安全事件的，乙方应在48小时内通知甲方，因乙方过错导致数据泄露的，乙方依法承担赔偿责任。

9.3 合同终止后，乙方应在甲方提出要求后三十日内协助甲方导出业务数据，并删除乙方实施人员留存的甲方数据副本。

### 第10条 保密

双方对在合作中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后两年内有效。

### 第11条 合作伙伴

乙方可根据项目需要将部分实施、开发或接口工作委托其合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作结果负责。

### 第12条 责任限制

12.1 任何一方均不对对方的间接损失、利润损失或数据丢失承担责任。

12.2 乙方在本合同项下的累计赔偿责任，无论基于何种原因、以何种形式提出，均不超过合同总价的10%。

12.3 乙方不保证软件完全没有缺陷或能够不间断运行，也不保证软件满足甲方的全部业务需要。甲方应自行做好数据备份。

### 第13条 违约

13.1 任何一方违反本合同约定的，应承担相应的违约责任。

13.2 乙方未按第4条计划完成实施的，应采取补救措施，继续履行直至系统上线。

### 第14条 合同解除

任何一方严重违反本合同，经守约方书面催告后十五日内仍未纠正的，守约方有权解除本合同。甲方逾期付款超过三十日的，乙方有权解除本合同并收回软件使用许可，已收取的款项不予退还。合同解除后，甲方应停止使用乙方软件并删除全部安装副本，但已付费的许可部分除外。

### 第15条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

### 第16条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同附件：《需求说明书》《实施计划》《产品功能清单》。

16.3 因不可抗力、网络运营商故障、第三方电商平台接口规则变更等非乙方原因导致本合同不能按约履行的，乙方不承担责任。电商平台接口规则变更后的适配开发，双方另行协商费用。

16.4 双方的通知以本合同首页所列地址或电子邮箱送达，邮件发出即视为送达。

甲方（盖章）：福建岩韵茶业股份有限公司　　代表：________　　日期：________

乙方（盖章）：厦门仓芯软件有限公司　　代表：________　　日期：________
""")

# ---------------------------------------------------------------- h291e01 (txt, en, GOVERNING-LAW only)
add("h291e01", "h291e01_jade_carving_3d_design_perpetual_licences_greek_vendor.txt", "txt", "en", """
SOFTWARE LICENCE AND SERVICES AGREEMENT
Agreement No. GDS-CN-2026-031

This Agreement is made on the date of the last signature below

BETWEEN

(1) Yangzhou Yuyi Jade Carving Workshop Co., Ltd., a company incorporated in the People's Republic of China with its
registered office at 56 Guangling Road, Yangzhou, Jiangsu Province (the "Customer"); and

(2) Glyptiki Digital Design Systems S.A., a company incorporated in Greece with its seat at Harbour Building 2,
Nisída Dia, Crete, Greece (the "Vendor").

RECITALS

(A) The Customer designs and carves jade ornaments, seals and sculptures and wishes to move its design work from hand
drawings and clay models to three-dimensional digital design.

(B) The Vendor develops and licenses GlyptoForm, a 3D sculpting and relief-design software package with a library of
stone materials, and provides related installation, training and support services.

(C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).

THE PARTIES AGREE AS FOLLOWS

1. DEFINITIONS

1.1 "Software" means GlyptoForm Studio version 9 in object code, together with the Stone Library plug-in and the user
documentation, and any corrections and updates supplied under this Agreement.

1.2 "Seat" means one named workstation on which one copy of the Software may be installed and used at a time.

1.3 "Customer Materials" means all design files, 3D scans of raw jade, carving models, renderings, pattern libraries
created by the Customer, and any other data the Customer stores in or processes with the Software.

1.4 "Custom Presets" means the jade colour and translucency presets, tool-path templates and carving-depth profiles
that the Vendor prepares specifically for the Customer under clause 4.3.

1.5 "Final Acceptance" means the Customer's written confirmation under clause 5.3.

1.6 "Severity 1 Defect" means a defect that prevents the Software from starting on any Seat, corrupts or loses a
design file, or makes export to the Customer's CNC carving machines impossible.

2. LICENCE

2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the
Software on fourteen (14) Seats at the Customer's premises in Yangzhou for the Customer's own business.

2.2 The Customer may move a Seat from one workstation to another by deactivating the old installation. The Customer may
make backup copies of the Software for archive purposes.

2.3 The licence is fully paid once the Licence Fees in clause 3 have been paid and does not depend on the purchase of
support services after the Warranty Period.

3. PRICE

3.1 The Contract Price is CNY 824,000, made up as follows:

    Item                                                        Quantity   Unit price (CNY)   Amount (CNY)
    GlyptoForm Studio 9, perpetual Seat licence                 14         46,500             651,000
    Stone Library plug-in (jade, agate, nephrite materials)      14          8,200             114,800
    Licence Fees subtotal                                                                      765,800
    Installation, configuration, Custom Presets and training    1 lot      58,200              58,200
    Contract Price                                                                             824,000

3.2 The Contract Price is fixed and includes all taxes payable by the Vendor outside China, travel costs of the
Vendor's staff to Yangzhou, and all licence keys.

4. DELIVERY AND SERVICES

4.1 Within twenty (20) days after the advance payment in clause 6.1, the Vendor shall deliver the licence keys and
installation media for all Seats.

4.2 Within forty-five (45) days after signature, the Vendor shall install the Software on all Seats, connect it to the
Customer's two five-axis CNC carving machines through the post-processor supplied with the Software, and issue an
installation certificate. The installation certificate records completion of installation only and is not acceptance.

4.3 The Vendor shall prepare the Custom Presets from samples of the Customer's Hetian, Xiuyan and jadeite stock, and
shall train six designers for ten working days on site in Yangzhou and two carving-machine operators for three working
days.

5. ACCEPTANCE

5.1 After installation and training, the parties shall run the acceptance tests set out in this clause on three pilot
designs chosen by the Customer.

5.2 The acceptance criteria are: (a) each pilot design can be sculpted, textured and rendered on every Seat without
a crash; (b) a 3D scan of a raw stone of up to 2 GB can be imported and used as a base model; (c) tool paths exported
to both CNC machines carve a test relief within 0.08 millimetres of the model depth on the Customer's measurement
report; (d) the Custom Presets reproduce the colour and translucency of the stone samples to the satisfaction of the
Customer's chief designer; and (e) no Severity 1 Defect occurs during a fifteen-working-day trial use period.

5.3 When all criteria are met, the Customer shall sign a Final Acceptance certificate within five working days.
Installation, use of the Software by the Customer or any payment does not constitute acceptance. If the tests fail,
the Vendor shall correct the defects within ten days and the tests shall be repeated.

6. PAYMENT

6.1 Twenty per cent (20%) of the Contract Price, CNY 164,800, within fifteen days after signature of this Agreement
against the Vendor's invoice, as an advance payment.

6.2 Fifty-five per cent (55%), CNY 453,200, within fifteen days after the installation certificate under clause 4.2.

6.3 Twenty-five per cent (25%), CNY 206,000, within fifteen days after Final Acceptance.

6.4 Payments shall be made by bank transfer in CNY to the account of the Vendor's authorised reseller named in the
invoice.

7. WARRANTY AND SUPPORT

7.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation and this
Agreement for twenty-four (24) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the
Vendor shall correct defects, supply all updates and new versions free of charge, and provide support in Chinese and
English.

7.2 Support response times (China Standard Time, every day of the year): Severity 1 Defects, response by a support
engineer within two (2) hours and a workaround or fix within two working days; other defects, response within one
working day.

7.3 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit the Customer
CNY 500, to be deducted from the next payment due to the Vendor or paid on demand.

7.4 After the Warranty Period, the Customer may order annual Maintenance and Support, which includes the services in
clauses 7.1 to 7.3, at an annual fee of eleven per cent (11%) of the Licence Fees subtotal, that is CNY 84,238 per
year. This fee is fixed for the first three years after the Warranty Period; any later increase shall be agreed in
writing and shall not exceed three per cent (3%) per year. Maintenance and Support is ordered by purchase order for one
year at a time and does not renew automatically.

8. INTELLECTUAL PROPERTY

8.1 The Vendor retains all rights in the Software. Nothing in this Agreement transfers ownership of the Software to the
Customer.

8.2 The Custom Presets, and all designs, models and carvings created by the Customer with the Software, belong to the
Customer. The Customer may use, modify, copy and license the Custom Presets freely, including on other software.

9. CUSTOMER MATERIALS AND DATA SECURITY

9.1 Customer Materials belong to the Customer. The Vendor shall not copy, keep or use Customer Materials except as
needed to perform this Agreement and only with the Customer's permission for each occasion.

9.2 The Software runs on the Customer's own workstations and does not send Customer Materials to the Vendor. Licence
activation transmits only the Seat identifier. Remote support sessions require the Customer's approval for each
session, are carried out under the supervision of the Customer's staff, and are logged.

9.3 The Vendor shall keep any Customer Materials received for troubleshooting encrypted, delete them when the issue is
closed, and comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of
China. The Vendor shall notify the Customer within twenty-four (24) hours of any security incident affecting Customer
Materials and shall be liable for all losses caused by a breach of this clause 9.

10. CONFIDENTIALITY

Each party shall keep confidential all non-public information received from the other party, including the Customer's
designs and customer lists and the Vendor's pricing, and shall not disclose it to third parties without prior written
consent. This obligation survives termination for three years.

11. DELAY AND LIABILITY

11.1 If the Vendor fails to deliver the licence keys, complete installation or reach Final Acceptance by the dates in
clause 4 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each
day of delay, up to a maximum of ten per cent (10%) of the Contract Price.

11.2 Each party's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the
Contract Price. The limit does not apply to breach of clauses 9 and 10, infringement indemnities, fraud or wilful
misconduct.

12. SUBCONTRACTING

The Vendor's authorised reseller in Shanghai may carry out invoicing and on-site installation. The Vendor shall not
subcontract any other part of this Agreement without the Customer's prior written consent and remains responsible for
its subcontractors.

13. TERM AND TERMINATION

13.1 This Agreement enters into force on signature. The licence in clause 2 survives expiry or termination, except
where the Agreement is terminated because the Customer has not paid the Licence Fees.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and
does not remedy it within thirty (30) days after notice. If the Customer terminates before Final Acceptance, the Vendor
shall refund all amounts paid and the Customer shall return the licence keys.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of Greece.

14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration in
Athens, Greece, before a sole arbitrator, in the English language.

15. GENERAL

15.1 Notices shall be in writing in English and sent by courier or e-mail to the addresses on the first page.

SIGNED

For the Customer: Yangzhou Yuyi Jade Carving Workshop Co., Ltd.
Name: ______________   Title: ______________   Date: ______________

For the Vendor: Glyptiki Digital Design Systems S.A.
Name: ______________   Title: ______________   Date: ______________
""")

# ---------------------------------------------------------------- h291e02 (md, en, SLA-MISSING + SLA-RESPONSE + GOVERNING-LAW)
add("h291e02", "h291e02_mount_tai_night_climb_booking_saas_order_form.md", "md", "en", """
# ORDER FORM — NOCTIS BOOKING PLATFORM

**Order Form No.** BDC-OF-2026-0147
**Vendor:** Billetterie des Cimes SAS, 4 Quai du Sémaphore, Île Saint-Gildas, 22270 France ("**Vendor**")
**Customer:** Tai'an Starlit Summit Tours Co., Ltd., 9 Hongmen Road, Tai'an, Shandong Province, People's Republic of China ("**Customer**")

This Order Form is entered into under, and incorporates, the Noctis General Terms set out in Part B below (together,
the "**Agreement**"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A — Order details

### A1. Background

The Customer organises guided night climbs of Mount Tai from the Hongmen and Tianwai Village routes, timed to reach the
summit for sunrise. It needs an online booking system for climb slots, guide allocation, rental of warm coats and head
torches, and check-in at the trailhead. The Vendor provides the Noctis platform, a hosted booking and ticketing service
for tour operators.

### A2. Subscription

| Item | Detail |
|---|---|
| Service | Noctis Booking Platform, Operator edition, with WeChat mini-program front end, QR check-in app and rental module |
| Subscription Term | 24 months from the Service Start Date |
| Included volume | up to 150,000 bookings per Subscription Year; 25 staff user accounts; 6 check-in devices |
| Hosting | mainland China, through the Hosting Provider named in A6 |
| Service Start Date | the date of Go-Live Acceptance under A4 |

### A3. Fees (all amounts in CNY, at the Customer's request)

| Fee | Amount (CNY) |
|---|---|
| Subscription Fee, Subscription Year 1 | 189,000 |
| Subscription Fee, Subscription Year 2 | 189,000 |
| Set-up and configuration fee | waived (0) |
| **Total fees for the Subscription Term** | **378,000** |

Bookings above the included volume are charged at CNY 0.60 per booking, invoiced quarterly in arrears. Payment-gateway
charges of WeChat Pay and Alipay are paid by the Customer directly to those providers and are not part of the fees.

Invoicing: each Subscription Year's fee is invoiced annually in advance. The Year 1 fee is due within ten days after
Go-Live Acceptance and in any case before the Service Start Date is recorded; the Year 2 fee is due before the first
day of Subscription Year 2. The Vendor issues Chinese VAT invoices through its Shanghai billing agent. No other amount
is payable in advance.

### A4. Configuration and Go-Live

1. The Vendor will configure the platform for the Customer: climb routes and slots (night departures between 20:00 and
   01:00), guide rosters, rental stock, price rules for adults, students and seniors, refund rules for weather closures
   announced by the Mount Tai scenic area, and the Customer's branding.
2. Target Go-Live Date: 60 days after signature of this Order Form.
3. Go-Live Acceptance tests: (a) 200 test bookings across all routes and ticket types completed without error; (b) the
   payment reconciliation report matches the WeChat Pay and Alipay settlement files for those bookings; (c) QR codes
   are scanned and checked in offline at the trailhead and synchronise when the connection returns; (d) a weather
   closure cancels the affected slots and triggers refunds correctly. The Customer signs a Go-Live Acceptance
   certificate when all tests pass. Making the platform available to the public is not acceptance.
4. If Go-Live Acceptance is not reached by the Target Go-Live Date for reasons attributable to the Vendor, the Vendor
   shall pay the Customer CNY 300 for each day of delay, deducted from the Year 1 fee.

### A5. Contacts

Vendor account manager: Mme Élodie Kerhervé. Customer project lead: Mr Zhao Lei, operations manager.

### A6. Approved Hosting Provider

Alibaba Cloud (Hangzhou region), operated under the Vendor's agreement with that provider.

## Part B — Noctis General Terms

### B1. Definitions

"**Customer Data**" means all data entered into the platform by or for the Customer, including climbers' names,
identity document numbers, mobile numbers, emergency contacts, bookings and payment records. "**Subscription Year**"
means each successive year of the Subscription Term beginning on the Service Start Date. "**Configurations**" means the
route set-up, price rules, templates and branding prepared for the Customer.

### B2. The Service

2.1 The Vendor grants the Customer a non-exclusive right, during the Subscription Term, to access and use the platform
for its own tour business, within the included volumes.

2.2 The Vendor may improve or change the platform from time to time, provided that the functions described in A2 are
not materially reduced.

2.3 The Customer is responsible for its own accounts and passwords, for the accuracy of the slots, prices and refund
rules it publishes, for its dealings with climbers, and for obtaining any consent needed to collect climbers' personal
information through its booking pages. The Customer shall not use the platform to sell tickets for other operators or
to send unsolicited marketing messages.

2.4 The Vendor shall provide online training for up to ten Customer staff before Go-Live and a Chinese-language user
guide for the back office and the check-in app.

### B3. Availability and support

3.1 The Vendor will use commercially reasonable efforts to make the platform available at all times, except during
planned maintenance, which the Vendor will try to schedule in daytime hours in China when night climbs are not on sale.

3.2 Support is provided by e-mail and through the support portal during the Vendor's business hours in France (Monday to
Friday, 9:00 to 18:00 Central European Time). The Vendor handles support requests in the order in which they are
received and will try to reply promptly.

3.3 The Vendor does not grant service credits, refunds or other compensation for unavailability of the platform or for
the time taken to answer support requests.

### B4. Customer Data and security

4.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only to provide the service to the
Customer, on the Customer's instructions, and for no other purpose.

4.2 Customer Data is stored and processed in mainland China only. The Vendor shall keep it secure with encryption in
transit and at rest, role-based access control, multi-factor authentication for administrators and logging of access,
and shall comply with the Personal Information Protection Law and the Cybersecurity Law of the People's Republic of
China.

4.3 The Vendor shall notify the Customer within twenty-four (24) hours after becoming aware of any unauthorised access
to, or loss or disclosure of, Customer Data, shall take all reasonable steps to contain it, and shall bear the costs
and losses caused by an incident attributable to the Vendor or its Hosting Provider.

4.4 At the end of the Subscription Term the Vendor shall return Customer Data in CSV format within thirty days and then
delete it.

### B5. Confidentiality

Each party shall keep confidential the other party's business, technical and financial information disclosed under
the Agreement, shall use it only for the Agreement and shall not disclose it to third parties without prior written
consent. This obligation lasts for three years after the Agreement ends.

### B6. Intellectual property

6.1 The platform and all its software remain the Vendor's property.

6.2 The Configurations, and all content supplied by the Customer, belong to the Customer. The Customer may copy, modify
and use them freely, including with another provider after the Agreement ends.

### B7. Fees and payment

7.1 Fees are payable as stated in the Order Form within the stated periods after a correct invoice.

7.2 If an undisputed invoice remains unpaid for more than thirty days after a reminder, the Vendor may suspend access
until payment is made.

### B8. Term and renewal

8.1 The Agreement runs for the Subscription Term.

8.2 After the Subscription Term the Agreement renews for successive periods of one Subscription Year at the same fees
and on the same terms, unless either party gives notice of non-renewal at least sixty days before the end of the
current term.

### B9. Termination

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does
not remedy it within thirty days after receiving notice describing the breach.

9.2 If the Customer terminates under 9.1, the Vendor shall refund the prepaid fees for the unused part of the current
Subscription Year.

### B10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Each party's total liability under the Agreement is limited to one and a half times (150%) the total fees for the
Subscription Term stated in A3. This limit does not apply to clause B4, clause B5 or wilful misconduct.

### B11. Subcontracting

The Hosting Provider named in A6 is approved by the Customer on signature. The Vendor shall not appoint any other
subcontractor or sub-processor without the Customer's prior written consent and remains responsible for all of them.

### B12. Governing law and jurisdiction

12.1 The Agreement is governed by French law.

12.2 The Commercial Court of Saint-Brieuc, France, has exclusive jurisdiction over any dispute arising out of or in
connection with the Agreement.

### B13. General

13.1 Notices must be in writing and sent by e-mail to the contacts in A5 with a copy by courier.

13.2 Neither party may assign the Agreement without the other's written consent.

13.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural
disasters, epidemics, closure of the scenic area by the authorities or a general failure of public networks. The
affected party shall notify the other promptly and resume performance as soon as possible. If such an event prevents
the service for more than sixty days, either party may end the Agreement by notice and unused prepaid fees are
refunded.

13.4 This Order Form may be signed electronically and in counterparts.

**Signed for the Vendor:** ______________ Name / title / date

**Signed for the Customer:** ______________ Name / title / date
""")

# ---------------------------------------------------------------- h291e03 (docx, en, buyer's paper, compliant)
add("h291e03", "h291e03_peanut_farm_dryer_sensors_buyer_paper.docx", "docx", "en", """
T:Purchase Contract for Grain Dryer Monitoring Sensors and Software
P:Contract No. HSF-PUR-2026-022
P:Buyer: Shandong Huasheng Peanut Farm Co., Ltd., Donggang Village, Junan County, Linyi, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Rabenwerder Agrarsensorik GmbH, Fährweg 3, Insel Rabenwerder, Brandenburg, Germany (the "Supplier").
P:Whereas the Buyer operates six continuous-flow dryers for in-shell peanuts and wishes to monitor kernel moisture and temperature in real time to avoid over-drying and aflatoxin risk; whereas the Supplier designs and integrates grain-moisture sensors, temperature cables and dryer monitoring software; and whereas the Buyer has asked that all prices be stated in CNY, the parties agree as follows. This Contract is on the Buyer's standard terms.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Article 2 (the "System") on the Buyer's six dryers and in the Buyer's control room, and shall train the Buyer's staff.
P:1.2 The System shall measure kernel moisture at the inlet and outlet of each dryer, grain temperature at several depths in each dryer column and in the tempering bins, and shall display, record and alarm on these values in the monitoring software.
P:1.3 The Supplier shall develop calibration curves for the peanut varieties grown by the Buyer (Huayu 22, Luhua 11 and high-oleic varieties) and a dashboard for the Buyer's drying shift supervisors (the "Custom Deliverables").
P:1.4 Training covers daily operation of the monitoring software, reading trends and alarms, cleaning and checking the sensors before each harvest, replacing a temperature cable and restarting a gateway. It is given on site to at least eight operators and two maintenance technicians, in Chinese, with an interpreter provided by the Supplier where needed.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,040,000, fixed, including delivery to the Buyer's farm, import duties, installation materials and the travel costs of the Supplier's staff. The breakdown is:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Capacitive grain-moisture sensor, stainless housing|24|18,600|446,400
TB:2|Digital temperature cable, 8 points|36|4,800|172,800
TB:3|Dryer controller gateway with cellular backup|6|27,500|165,000
TB:4|DryWatch monitoring software, perpetual site licence|1|138,000|138,000
TB:|Hardware and Licence Subtotal|||922,200
TB:5|Installation, calibration and commissioning|1 lot|96,800|96,800
TB:6|Training of operators and maintenance staff|1 lot|21,000|21,000
TB:|Contract Price|||1,040,000
P:2.2 Items 1 to 4 are together the "Hardware and Licence Subtotal" of CNY 922,200.
H:Article 3 Payment
P:3.1 The Buyer makes no advance payment.
P:3.2 Sixty-five per cent (65%) of the Contract Price, CNY 676,000, is payable within twenty days after the Buyer signs the Installation Certificate under Article 4.4. The Installation Certificate confirms delivery and installation only; it is not acceptance of the System.
P:3.3 Thirty-five per cent (35%) of the Contract Price, CNY 364,000, is payable within twenty days after Final Acceptance under Article 5.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's representative office in Qingdao.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver the System to the Buyer's farm within seventy days after signature, so that installation is completed before the start of the autumn peanut harvest.
P:4.2 Installation shall be carried out while the dryers are idle. The Supplier shall follow the Buyer's site safety rules, in particular for work at height on the dryer columns and for hot work.
P:4.3 The Supplier shall pack all equipment for sea and road transport, mark each package with the contract number and dryer number, and deliver with it the packing list, certificates of origin, test reports for each sensor and the Chinese and English manuals.
P:4.4 When all components are installed and powered, the parties shall inspect them together and the Buyer shall sign an Installation Certificate listing any open items.
H:Article 5 Acceptance
P:5.1 Final Acceptance tests take place during the first harvest drying run and include: (a) outlet moisture readings of every sensor within ±0.5 percentage points of the Buyer's oven-dry laboratory method on at least 20 samples per dryer; (b) temperature readings within ±0.8 °C of a calibrated reference probe; (c) alarms for over-temperature and for moisture outside the set band delivered to the control room and to supervisors' phones within 60 seconds; (d) data from all six dryers recorded without gaps for ten consecutive days of operation, with automatic switch to the cellular backup tested; and (e) delivery of the Custom Deliverables, manuals and calibration records.
P:5.2 When all criteria are met, the Buyer shall issue a Final Acceptance Certificate within seven days. Installation, operation of the System by the Buyer or payment does not constitute acceptance. If any test fails, the Supplier shall correct the cause within ten days at its cost and the test shall be repeated.
H:Article 6 Warranty
P:6.1 The Supplier warrants the System for twenty-four (24) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective components free of charge, including parts, labour and travel, and shall supply software updates.
P:6.2 Fault handling is governed by the following table:
TB:Severity|Definition|Response|On site / restoration
TB:Severity 1|Monitoring of one or more dryers lost during a drying run|1 hour|on site within 24 hours; restored within 36 hours
TB:Severity 2|Single sensor or cable faulty, others working|8 hours|replaced within 3 days
TB:Severity 3|Questions, reports, minor software issues|next working day|next software update
P:6.3 For each full hour by which the Supplier exceeds the Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 400, deducted from any amount due.
P:6.4 After the warranty period, the Buyer may order annual support covering the services in Articles 6.1 to 6.3 at eight per cent (8%) of the Hardware and Licence Subtotal per year, that is CNY 73,776, fixed for three years. Annual support is ordered by purchase order and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors, cables and gateway modules in stock in Qingdao during every harvest season of the warranty and support periods, and shall continue to supply spare parts for at least eight years after Final Acceptance, giving the Buyer six months' notice and a compatible replacement before any part is discontinued.
H:Article 7 Buyer Data and Security
P:7.1 All measurement data, drying records, alarms and reports produced by the System are Buyer Data and belong to the Buyer. The Supplier shall not use Buyer Data for any purpose other than performing this Contract.
P:7.2 The monitoring software is installed on the Buyer's server. Remote access by the Supplier requires the Buyer's approval for each session and takes place through an encrypted connection with individual accounts; all sessions are logged. The Supplier shall not copy Buyer Data out of the Buyer's systems.
P:7.3 The gateways shall use encrypted communication and changed default passwords. The Supplier shall notify the Buyer within twelve hours of any security incident affecting the System or Buyer Data and shall be liable for losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Custom Deliverables, including the calibration curves and the dashboard, belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over the calibration files and the dashboard configuration.
P:8.2 Firmware and the standard DryWatch software remain the Supplier's property and are licensed to the Buyer perpetually for use on the Buyer's farms.
H:Article 9 Confidentiality
P:The parties shall keep confidential all non-public information received from the other party under this Contract, including the Buyer's yields, drying parameters and prices, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Contract.
H:Article 10 Delay and Liability
P:10.1 If the Supplier is late in delivery, installation or reaching Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to two hundred per cent (200%) of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Articles 7 and 9.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for every approved subcontractor.
H:Article 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for the parts not accepted.
H:Article 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The arbitral award is final.
H:Article 14 General
P:14.1 The annexes form part of this Contract: Annex 1 Technical Specification; Annex 2 Installation Plan; Annex 3 Acceptance Test Procedure.
P:14.2 Neither party is liable for delay caused by force majeure, such as earthquake, flood, typhoon, epidemic or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. The time for performance is extended by the period of the delay.
P:14.3 This Contract is made in English and Chinese, both versions being equally authentic, in four originals, two for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
""")

# ---------------------------------------------------------------- h291e04 (pdf, en, LIABILITY-CAP + LD-LOW)
add("h291e04", "h291e04_valve_maker_managed_soc_service.pdf", "pdf", "en", """
T:Managed Security Operations Centre Services Agreement
P:Agreement reference: RCD-MSOC-2026-09
P:Customer: Wenzhou Oufeng Valve Co., Ltd., 88 Binhai Third Avenue, Longwan District, Wenzhou, Zhejiang Province, People's Republic of China ("Customer").
P:Provider: Ruairidh Cyber Defence Ltd, The Old Schoolhouse, Eilean Ruairidh Mòr, Wester Ross, Scotland, United Kingdom ("Provider").
P:Background. Customer manufactures industrial valves in two plants in Wenzhou and exports to more than forty countries. After a ransomware attempt on its design office, Customer wishes to have its IT and production networks monitored around the clock by a managed security operations centre (SOC). Provider delivers the service through its analysts and its Shanghai-hosted platform. All charges are in CNY at Customer's request.
H:1. Definitions
P:1.1 "Services" means onboarding and the managed SOC service described in clause 2.
P:1.2 "Customer Data" means logs, network flow records, alerts, endpoint telemetry, files and any other data of Customer that Provider collects or receives.
P:1.3 "Service Acceptance" means Customer's written confirmation under clause 4.3.
P:1.4 "Incident Priority" means the priority assigned to a security incident under clause 5.1.
H:2. Services
P:2.1 Onboarding: Provider shall connect the log sources listed in Schedule 1 (firewalls, domain controllers, email gateway, ERP and PLM servers, the plant OT monitoring sensors and endpoint agents on 640 devices), build detection rules for Customer's environment, agree runbooks with Customer and train Customer's IT team.
P:2.2 Managed SOC: from Service Acceptance, Provider shall monitor Customer's environment 24 hours a day, 7 days a week, triage alerts, investigate incidents, contain threats on endpoints where Customer has authorised it, and advise Customer on remediation.
P:2.3 Reporting: Provider shall provide a monthly report and a quarterly review meeting, and an incident report within three working days after closure of every P1 or P2 incident.
P:2.4 Customer shall give Provider the access needed to install collectors and agents, keep the list of log sources and contacts up to date, nominate a duty contact reachable at all times, and tell Provider in advance of planned changes to its network that may affect monitoring, such as new plants, firewalls or ERP upgrades.
P:2.5 Provider shall assign a named service manager who attends the quarterly review and is responsible for the quality of the Services. Analysts working on Customer's account shall be security-vetted, trained on Customer's runbooks and able to communicate in Mandarin Chinese and English.
P:2.6 Onboarding is delivered as a project with a written plan agreed in the first week after signature. Provider's onboarding lead shall hold a weekly progress call with Customer's IT manager, keep a list of open actions, and warn Customer at once of anything that puts the Target Date at risk. Customer's staff shall take part in the simulated attack exercise and in the runbook workshops, which are held in Wenzhou or online as Customer prefers.
H:3. Term
P:3.1 The managed SOC service runs for 24 months from Service Acceptance (the "Service Term"). The Agreement ends at the end of the Service Term and does not renew automatically; any extension requires a new written order.
H:4. Onboarding and Service Acceptance
P:4.1 Provider shall complete onboarding within 50 days after signature (the "Target Date").
P:4.2 Service Acceptance criteria: (a) all Schedule 1 log sources are connected and their events are searchable within five minutes of creation; (b) a simulated attack exercise agreed with Customer (phishing, lateral movement, attempted encryption of a test file share) is detected and escalated within the times in clause 5; (c) runbooks are approved by Customer; and (d) a fourteen-day shadow operation shows no unexplained gaps in log collection.
P:4.3 When the criteria are met, Customer signs a Service Acceptance certificate. The start of monitoring before Service Acceptance does not constitute acceptance.
P:4.4 If Service Acceptance is not reached by the Target Date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.
H:5. Service Levels
P:5.1 Incident Priorities and response times: P1 (active compromise, ransomware or a threat to production control systems): analyst response and telephone call to Customer's duty contact within 15 minutes; P2 (confirmed malicious activity on a single host): 1 hour; P3 (suspicious activity requiring investigation): 8 hours; P4 (informational): next monthly report.
P:5.2 The customer portal, through which Customer views alerts and tickets, shall be available 99.95% of each month, excluding announced maintenance of not more than six hours per month.
P:5.3 Service credits: for each P1 incident where the response time is missed, 5% of the Monthly Service Charge for that month; for each P2 incident missed, 2%; if portal availability falls below the level in clause 5.2, 5% of the Monthly Service Charge. Credits are deducted from the next invoice and are capped at 25% of the Monthly Service Charge per month.
P:5.4 Escalation: if a P1 incident is not contained within six hours, Provider's SOC manager shall join the incident call, and if it is not contained within twenty-four hours, Provider's head of operations shall report to Customer's general manager daily until closure.
P:5.5 Provider shall measure its performance against this clause every month and show the results, including every missed response time and the credits due, in the monthly report.
H:6. Charges and Payment
P:6.1 Charges:
TB:Charge|Basis|Amount (CNY)
TB:Onboarding Charge|one-time|84,000
TB:Monthly Service Charge|66,500 per month x 24 months|1,596,000
TB:Total Contract Value||1,680,000
P:6.2 The Onboarding Charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced quarterly in arrears. No amount is payable in advance.
P:6.3 Invoices are payable within thirty days. Provider issues Chinese VAT invoices through its appointed billing agent in Shanghai.
H:7. Customer Data and Security
P:7.1 Customer Data belongs to Customer. Provider shall use it only to perform the Services for Customer and shall not use it, in any form, including aggregated or anonymised, for any other purpose or for other clients.
P:7.2 Customer Data is stored and processed on Provider's platform hosted in Shanghai, which holds an MLPS level 3 record; Provider's analysts access it remotely through multi-factor authentication and logged sessions, and no Customer Data is exported from mainland China. Provider holds ISO 27001 certification.
P:7.3 Provider shall notify Customer within twelve hours of any security incident affecting Customer Data held by Provider, cooperate in its investigation and be liable for losses caused by its breach of this clause.
P:7.4 At the end of the Service Term Provider shall return Customer Data in an agreed format and then securely delete it, and confirm the deletion in writing.
H:8. Intellectual Property
P:Detection rules, runbooks and reports written specifically for Customer belong to Customer, which may use and modify them freely and give them to a successor provider. Provider's platform and general threat intelligence remain Provider's property.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including Customer's network architecture, vulnerabilities and incident details, and shall not disclose it without prior written consent, during the Agreement and for three years afterwards.
H:10. Liability
P:10.1 Neither party is liable for indirect or consequential loss or loss of profit, except in cases of wilful misconduct.
P:10.2 Provider's total liability arising out of or in connection with this Agreement in any contract year is limited to the charges paid by Customer in the six months immediately preceding the event giving rise to the claim.
H:11. Subcontracting
P:Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts of its personnel and of any approved subcontractor.
H:12. Termination
P:12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach, including repeated failure to meet P1 response times in three months of any six, and does not remedy it within thirty days after notice.
P:12.2 Provider may terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within sixty days after a written reminder.
P:12.3 On termination Provider shall provide reasonable exit assistance for up to thirty days, including handover of runbooks and detection rules.
H:13. Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules. The award is final and binding.
H:14. General
P:14.1 Schedule 1 (Log Sources) and Schedule 2 (Runbook Template) form part of this Agreement.
P:14.2 Notices shall be sent by email and registered post to the addresses above.
P:14.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war, epidemics or the failure of public telecommunication networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Charges are suspended for any period in which the Services are not provided because of such an event.
P:14.4 Provider shall comply with the laws of the People's Republic of China applicable to the Services, including the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law, and with Customer's information security policies communicated in writing.
P:14.5 Any change to this Agreement must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.
P:Signed for Customer: ____________________    Signed for Provider: ____________________
""")

# ---------------------------------------------------------------- h291e05 (txt, en, DATA-OWNERSHIP + CONFIDENTIALITY + TERMINATION)
add("h291e05", "h291e05_insurer_id_photo_liveness_api_subscription.txt", "txt", "en", """
API SUBSCRIPTION AGREEMENT
KV-LIVE / Hangzhou Hexin
Reference: KV-SUB-2026-0058

Parties

Krapanj Vision d.o.o., a limited liability company organised under the laws of Croatia, with its seat at Obala 11,
Otok Krapanj, 22223 Brodarica, Croatia ("Vendor").

Hangzhou Hexin Property & Casualty Insurance Co., Ltd., a company organised under the laws of the People's Republic of
China, with its registered office at 1200 Jiangnan Avenue, Binjiang District, Hangzhou, Zhejiang Province
("Customer").

Background

Customer sells motor, travel and health insurance through its mobile app and through agents. When a policyholder
registers or files a claim online, Customer compares a selfie with the photograph on the policyholder's identity card
and checks that the selfie comes from a live person and not from a printed photo, screen replay or mask. Vendor
operates the KV-Live application programming interface ("API") for face comparison and passive liveness detection and
offers it to insurers as a subscription. All fees in this Agreement are in CNY, at Customer's request.

Section 1 Definitions

1.1 "Check" means one API call that returns a liveness score and, where requested, a face-comparison score for one
selfie and one identity-card image.

1.2 "Customer Images" means all selfies, identity-card images, video frames and related metadata submitted by or for
Customer to the API.

1.3 "Derived Data" means face templates, liveness signals, attack patterns, image-quality measurements and any other
data derived by Vendor from Customer Images.

1.4 "Subscription Year" means each year of the Subscription Term, starting on the Service Start Date.

1.5 "Service Start Date" means the date on which Customer signs the Integration Acceptance record under Section 4.

Section 2 Subscription

2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive right to call the API from Customer's mobile
app, agent app and claims system, up to the included volume of 3,000,000 Checks per Subscription Year.

2.2 The Subscription Term is twenty-four (24) months from the Service Start Date. The Agreement ends at the end of the
Subscription Term; it does not renew automatically, and any further subscription requires a new agreement.

2.3 The API is served from a mainland China deployment operated for Vendor by Zhejiang Yunfan Computing Co., Ltd. (the
"Hosting Partner"), in a data centre in Hangzhou.

Section 3 Fees and payment

3.1 Fees:

    Fee                                                     Amount (CNY)
    Annual Subscription Fee, Subscription Year 1              264,000
    Annual Subscription Fee, Subscription Year 2              264,000
    Integration Support (one-time)                             36,000
    Total                                                     564,000

3.2 Checks above the included volume are charged at CNY 0.09 per Check, invoiced quarterly in arrears.

3.3 The Annual Subscription Fee for Subscription Year 1 is invoiced when Integration Acceptance is signed and is due
before the Service Start Date is entered in Vendor's system; the fee for Subscription Year 2 is due before that year
starts. The Integration Support fee is invoiced after Integration Acceptance and is payable within thirty days. No
other payment is due in advance.

3.4 Vendor's billing agent in Hangzhou issues Chinese VAT invoices. Late payments bear interest at 0.02% per day.

Section 4 Integration and acceptance

4.1 Within forty-five days after signature, Vendor shall provide the software development kits for Android and iOS,
sample code, a test environment and two remote integration workshops, and shall review Customer's integration.

4.2 Integration Acceptance tests, run by Customer on its own test set of 5,000 genuine and 2,000 attack samples:
(a) the attack presentation classification error rate is not higher than 2% and the bona fide presentation
classification error rate is not higher than 3% at the agreed threshold; (b) 95% of Checks return a result within 800
milliseconds from Customer's network; (c) results are written correctly into Customer's claims system for all test
cases; and (d) a load test of 60 Checks per second runs for one hour without errors. Customer signs the Integration
Acceptance record when all tests pass. Use of the test environment is not acceptance.

4.3 If Integration Acceptance is not reached within sixty days after signature for reasons attributable to Vendor,
Vendor shall pay Customer CNY 400 for each day of delay.

Section 5 Service levels

5.1 Vendor shall make the production API available 99.95% of each calendar month, measured at Vendor's API gateway,
excluding maintenance announced seven days in advance and carried out between 01:00 and 05:00 China Standard Time.

5.2 Incident response: Priority 1 (production API unavailable or returning errors for more than 5% of Checks) - response
by Vendor's on-call engineer within thirty (30) minutes, at any time; Priority 2 (degraded latency or a single SDK
defect) - two hours; Priority 3 - next business day.

5.3 Service credits: if monthly availability is below the level in 5.1, Vendor credits 10% of the monthly share of the
Annual Subscription Fee; below 99.5%, 25%. Each missed Priority 1 response time gives a further credit of CNY 2,000.
Credits are set off against the next invoice.

Section 6 Data

6.1 Customer Images are Customer's data. Vendor processes them on Customer's behalf to return Check results to
Customer.

6.2 Customer grants Vendor a perpetual, royalty-free licence to retain Derived Data, and Customer Images in
de-identified form, and to use them to train, test and improve Vendor's liveness and face-comparison models and other
Vendor products offered to all of Vendor's customers. This licence survives the end of this Agreement.

6.3 Vendor shall protect Customer Images and Derived Data with encryption in transit and at rest, strict access
control, logging of all access, and separation of Customer's data from other customers' data. Customer Images remain
in mainland China. Raw Customer Images are deleted from the production environment within seventy-two hours after
each Check.

6.4 Vendor shall notify Customer within twenty-four (24) hours of any unauthorised access to Customer Images or
Derived Data, support Customer's notification duties under the Personal Information Protection Law, and compensate
Customer for losses caused by a security incident attributable to Vendor or its Hosting Partner.

6.5 Customer is responsible for obtaining the separate consent of each policyholder required for processing facial
information and for informing policyholders of the processing by Vendor.

Section 7 Intellectual property

7.1 The API, models, SDKs and documentation are Vendor's property.

7.2 Integration code written for Customer during Integration Support, and Customer's own applications, belong to
Customer, which may use and modify them freely.

Section 8 Subcontracting

The Hosting Partner is approved by Customer on signature of this Agreement. Vendor shall not engage any other
subcontractor for the processing of Customer Images without Customer's prior written consent.

Section 9 Term, suspension and termination

9.1 This Agreement starts on signature and continues until the end of the Subscription Term.

9.2 Customer may not terminate this Agreement, or reduce its fees, before the end of the Subscription Term for any
reason. Service credits under Section 5.3 and the delay payments under Section 4.3 are Customer's sole and exclusive
remedies for any failure of the API or of Vendor's performance.

9.3 Vendor may suspend access to the API if an invoice remains unpaid for thirty days, and may terminate this
Agreement by written notice if Customer fails to pay within sixty days after suspension or uses the API in breach of
Section 2.

9.4 At the end of the Agreement, Vendor shall delete Customer Images still held by it within thirty days; Section 6.2
continues to apply to Derived Data and de-identified images.

Section 10 Liability

10.1 Neither party is liable to the other for indirect or consequential loss, loss of profit or loss of business.

10.2 Vendor's total liability under this Agreement is limited to two times (200%) the total fees in Section 3.1.

10.3 The limits in this Section do not apply to personal injury, fraud or wilful misconduct.

Section 11 Compliance

11.1 Each party shall comply with the laws applicable to it, including the Personal Information Protection Law, the
Data Security Law and the Cybersecurity Law of the People's Republic of China, and the insurance regulator's rules on
remote identity verification.

11.2 Vendor shall complete the security assessment or filing procedures required in China for the API before the
Service Start Date, and shall provide Customer with its algorithm filing number.

11.3 Vendor shall inform Customer at least thirty days in advance of any new model version that changes liveness
scores or error rates, provide a test endpoint for the new version, and keep the previous version available for at
least sixty days so that Customer can re-run its Integration Acceptance tests. Vendor shall give Customer reasonable
cooperation in audits and inspections by the insurance regulator relating to the API, including a description of the
models, the test results behind them and the security measures in Section 6.3.

Section 12 Governing law and disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute arising out of or in connection
with it shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The arbitral award is
final and binding on both parties.

Section 13 General

13.1 Notices must be in writing and sent to the addresses above by courier or e-mail.

13.2 Neither party may assign this Agreement without the other's prior written consent.

13.3 This Agreement is made in English and Chinese. If the versions differ, the English version prevails.

Signed for Krapanj Vision d.o.o.: __________________   Name / title / date

Signed for Hangzhou Hexin Property & Casualty Insurance Co., Ltd.: __________________   Name / title / date
""")

# ================================================================= labels (the plan, decided before the text was written)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# terms in TERM_KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
PLAN = {
    "h291z01": dict(cat="software", t=[99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9,
                                       False, True, False, "PRC", G],
                    x=(True, True, True, False, 2420000), base=1716000, forum_out=False, rules=[], risk="low",
                    ev=["99.95%", "30分钟内响应", "千分之一", "20%", "三十六个月", "9%", "2,420,000"]),
    "h291z02": dict(cat="hardware", t=[None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 24,
                                       False, True, False, "PRC", G],
                    x=(True, True, True, False, 3120000), base=2900000, forum_out=False,
                    rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], risk="high",
                    ev=["30分钟内电话响应", "万分之三", "20%", "十八个月", "24%", "3,120,000"]),
    "h291z03": dict(cat="cloud", t=[99.95, 0.5, True, "buyer", True, False, True, 0.1, 200, 498000 / 900000 * 100,
                                    True, None, None, None, True, True, False, "PRC", S],
                    x=(True, True, None, False, 900000), base=None, forum_out=False,
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-PREPAYMENT"], risk="medium",
                    ev=["99.95%", "30分钟内响应", "千分之一", "498,000", "两倍", "900,000", "脱敏"]),
    "h291z04": dict(cat="services", t=[99.5, 0.25, True, "buyer", False, True, True, 0.1, None, None, True, None,
                                       None, None, False, True, False, "PRC", S],
                    x=(True, True, None, False, 760000), base=None, forum_out=False,
                    rules=["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"], risk="high",
                    ev=["99.5%", "15分钟内响应", "千分之一", "760,000"]),
    "h291z05": dict(cat="software", t=[None, 8, False, "supplier", True, True, True, None, 10, 65, False, False, 6,
                                       None, False, True, True, None, G],
                    x=(True, False, False, True, 1320000), base=560000, forum_out=False,
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                           "CR-SUBCONTRACT", "CR-WARRANTY"], risk="high",
                    ev=["8小时内响应", "10%", "65%", "六个月", "1,320,000", "届时公布的价格标准", "即视为甲方验收合格"]),
    "h291e01": dict(cat="software", t=[None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11,
                                       False, True, False, "Greece", G],
                    x=(True, True, True, False, 824000), base=765800, forum_out=True,
                    rules=["CR-GOVERNING-LAW"], risk="low",
                    ev=["two (2) hours", "0.1%", "150%", "20%", "twenty-four (24) months", "11%", "laws of Greece",
                        "824,000"]),
    "h291e02": dict(cat="cloud", t=[None, None, False, "buyer", True, True, True, 300 / 378000 * 100, 150, None,
                                    True, None, None, None, False, True, False, "France", S],
                    x=(False, True, None, False, 378000), base=None, forum_out=True,
                    rules=["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high",
                    ev=["CNY 300", "150%", "French law", "378,000", "commercially reasonable efforts"]),
    "h291e03": dict(cat="hardware", t=[None, 1, True, "buyer", True, True, True, 0.1, 200, None, True, True, 24, 8,
                                       False, True, False, "PRC", G],
                    x=(True, True, True, False, 1040000), base=922200, forum_out=False, rules=[], risk="low",
                    ev=["1 hour", "0.1%", "200%", "twenty-four (24) months", "8%", "1,040,000"]),
    "h291e04": dict(cat="services", t=[99.95, 0.25, True, "buyer", True, True, True, 500 / 1680000 * 100, 6 / 24 * 100,
                                       None, True, None, None, None, False, True, False, "PRC", S],
                    x=(True, True, None, False, 1680000), base=None, forum_out=False,
                    rules=["CR-LD-LOW", "CR-LIABILITY-CAP"], risk="medium",
                    ev=["99.95%", "15 minutes", "CNY 500", "six months", "24 months", "1,680,000"]),
    "h291e05": dict(cat="cloud", t=[99.95, 0.5, True, "buyer", True, False, False, 400 / 564000 * 100, 200, None,
                                    True, None, None, None, False, False, False, "PRC", S],
                    x=(True, True, None, False, 564000), base=None, forum_out=False,
                    rules=["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-TERMINATION"], risk="medium",
                    ev=["99.95%", "thirty (30) minutes", "CNY 400", "200%", "564,000", "de-identified"]),
}


def check_sums():
    a = sum
    assert a([1280000, 436000, 518000, 164000, 22000]) == 2420000 and 1280000 + 436000 == 1716000
    assert [2420000 * p // 100 for p in (20, 45, 35)] == [484000, 1089000, 847000] and 20 + 45 + 35 == 100
    assert round(1716000 * 0.09) == 154440
    assert a([1960000, 520000, 420000]) == 2900000 and 2900000 + 186000 + 34000 == 3120000
    assert [3120000 * p // 100 for p in (20, 25, 50, 5)] == [624000, 780000, 1560000, 156000]
    assert a([624000, 780000, 1560000, 156000]) == 3120000 and round(2900000 * 0.24) == 696000
    assert 15 * 26800 == 402000 and 2 * 402000 + 96000 == 900000 and 402000 + 96000 == 498000
    assert a([336000, 148000, 212000, 64000]) == 760000 and 4 * 190000 == 760000
    assert a([560000, 640000, 120000]) == 1320000 and 858000 + 462000 == 1320000
    assert 1320000 * 65 // 100 == 858000 and 1320000 * 35 // 100 == 462000
    assert 14 * 46500 == 651000 and 14 * 8200 == 114800 and 651000 + 114800 == 765800 and 765800 + 58200 == 824000
    assert [824000 * p // 100 for p in (20, 55, 25)] == [164800, 453200, 206000] and round(765800 * 0.11) == 84238
    assert 2 * 189000 == 378000
    assert (24 * 18600, 36 * 4800, 6 * 27500) == (446400, 172800, 165000)
    assert 446400 + 172800 + 165000 + 138000 == 922200 and 922200 + 96800 + 21000 == 1040000
    assert 1040000 * 65 // 100 == 676000 and 1040000 * 35 // 100 == 364000 and round(922200 * 0.08) == 73776
    assert 66500 * 24 == 1596000 and 1596000 + 84000 == 1680000
    assert 2 * 264000 + 36000 == 564000


SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
       "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
       "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
       "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
       "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
       "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(t, x, base, horizon=5):
    """policy §4: warranty starts at acceptance = start of horizon; fee base = itemised licence/hardware subtotal."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    post_years = max(0.0, horizon - (t["warranty_months"] or 0) / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * post_years
    return fees / (x["contract_value"] + fees) * 100


def apply_rules(t, x, base, forum_out):
    r = []
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_out:
        r.append("CR-GOVERNING-LAW")
    share = tco_share(t, x, base)
    if share is not None and share > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    sevs = {SEV[i] for i in r}
    risk = "high" if "high" in sevs else "medium" if "medium" in sevs else "low"
    return sorted(r), risk, share


def not_on_threshold(t, share):
    for k, v in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                 ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                 ("post_warranty_fee_pct", 15)):
        assert t[k] is None or abs(t[k] - v) > 1e-9, (k, t[k])
    assert share is None or abs(share - 40) > 1e-9


def label(key):
    p, c = PLAN[key], C[key]
    t = dict(zip(TERM_KEYS, p["t"]))
    sla, ld, capped, deemed, cv = p["x"]
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    xr = dict(x, post_warranty_fee_capped=capped)
    rules, risk, share = apply_rules(t, xr, p["base"], p["forum_out"])
    assert rules == sorted(p["rules"]), (key, rules, p["rules"])
    assert risk == p["risk"], (key, risk)
    not_on_threshold(t, share)
    p["share"] = share
    return {"file": c["name"], "language": c["lang"], "category": p["cat"], "expected_terms": t,
            "expected_extra": x, "expected_rules": rules}


# ================================================================= threshold scan (policy §3 and §4 defaults)
CNUM = "零一二三四五六七八九十百点"
THRESHOLDS = {
    "prepayment 30 %": r"(?<![\d.])30(?:\.0+)?\s*[%％]|百分之三十(?![" + CNUM + r"])|thirty\s+per\s?cent|30\s+per\s?cent",
    "availability 99.9 %": r"(?<![\d.])99\.90*(?![\d])|九十九点九(?![" + CNUM + r"])",
    "P1 response 4 h": r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)|(?<![" + CNUM + r"])四\s*个?\s*小时"
                       r"|(?<![-\w])four\s*(?:\(4\)\s*)?(?:business\s+|working\s+|clock\s+)?hours?\b",
    "LD 0.05 %/day": r"(?<![\d.])0\.050*(?!\d)|万分之五(?![" + CNUM + r"])|千分之零点五|0\.5\s*‰",
    "liability cap 100 %": r"(?<![\d.])100(?:\.0+)?\s*[%％]|百分之一百(?![" + CNUM + r"])|one\s+hundred\s+per\s?cent"
                           r"|100\s+per\s?cent",
    "warranty 12 months": r"(?<![\d.])12\s*(?:个)?\s*(?:自然|日历)?\s*(?:月|months?\b)|十二\s*个?\s*(?:自然)?月"
                          r"|\btwelve\s*(?:\(12\)\s*)?(?:calendar\s+)?months?\b|\b12-month|(?:质保|保修)[^。；\n]{0,6}一年"
                          r"|one[- ]year\s+warranty",
    "post-warranty fee 15 %": r"(?<![\d.])15(?:\.0+)?\s*[%％]|百分之十五(?![" + CNUM + r"])|fifteen\s+per\s?cent"
                              r"|15\s+per\s?cent",
    "TCO share 40 %": r"(?<![\d.])40(?:\.0+)?\s*[%％]|百分之四十(?![" + CNUM + r"])|forty\s+per\s?cent|40\s+per\s?cent",
    "TCO horizon 5 years": r"(?<![\d.])5\s*(?:个)?\s*(?:年|years?\b)|(?<![" + CNUM + r"])五\s*年|\bfive\s*(?:\(5\)\s*)?years?\b"
                           r"|(?<![\d.])60\s*(?:个)?\s*(?:月|months?\b)|六十\s*个?\s*月|\bsixty\s*(?:\(60\)\s*)?months?\b",
}
SELFTEST = {
    "prepayment 30 %": (["预付30%", "百分之三十的", "30 %", "thirty per cent", "30％"],
                        ["130%", "3.30%", "百分之三十五", "35%", "30 days"]),
    "availability 99.9 %": (["不低于99.9%", "99.90%", "百分之九十九点九"], ["99.95%", "99.99", "九十九点九五"]),
    "P1 response 4 h": (["4小时内响应", "4 hours", "四小时", "four (4) hours", "4个小时", "four business hours"],
                        ["24小时", "24 hours", "twenty-four hours", "14 hours", "十四小时", "4 days", "1.4 hours"]),
    "LD 0.05 %/day": (["0.05%", "万分之五", "0.050 %"], ["10.05%", "0.055%", "万分之五十", "0.5%"]),
    "liability cap 100 %": (["100%", "百分之一百", "one hundred per cent"], ["1100%", "200%", "one hundred and fifty"]),
    "warranty 12 months": (["12个月", "十二个月", "twelve (12) months", "12 months", "12-month", "质保期为一年"],
                           ["112 months", "24个月", "二十四个月", "一年内"]),
    "post-warranty fee 15 %": (["15%", "百分之十五", "fifteen per cent"], ["115%", "1.15%", "百分之十五点五", "15 days"]),
    "TCO share 40 %": (["40%", "百分之四十", "forty per cent"], ["140%", "百分之四十五", "45%"]),
    "TCO horizon 5 years": (["5年", "五年", "five years", "5 years", "60 months", "六十个月"],
                            ["2025年", "十五年", "15 years", "25 years", "5 days"]),
}


def selftest():
    for name, (pos, neg) in SELFTEST.items():
        rx = re.compile(THRESHOLDS[name], re.I)
        for s in pos:
            assert rx.search(s), (name, "should match", s)
        for s in neg:
            assert not rx.search(s), (name, "should not match", s)


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("  ".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def zh_len(text):
    return len(re.sub(r"\s", "", text))


def en_words(text):
    return len([w for w in text.split() if re.search(r"[A-Za-z0-9]", w)])


def flat(text, lang):
    return re.sub(r"\s+", "", text) if lang == "zh" else re.sub(r"\s+", " ", text)


def main():
    selftest()
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, c in C.items():
        if c["fmt"] in ("docx", "pdf"):
            sources[key], targets[key] = c["src"], (c["name"], c["fmt"])
        else:
            (OUT / c["name"]).write_text(c["src"], encoding="utf-8")
            print("wrote", c["name"])
    write(sources, targets, OUT, wrap_words=True)
    fmts = {}
    report = []
    for key, c in C.items():
        lab = label(key)
        (OUT / (Path(c["name"]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                            encoding="utf-8")
        text = read_back(OUT / c["name"])
        ft = flat(text, c["lang"])
        for ev in PLAN[key]["ev"]:  # every labelled figure / decisive phrase is in the read-back text
            assert flat(ev, c["lang"]) in ft, (key, ev)
        hits = []
        for name, rx in THRESHOLDS.items():
            for variant in (text, ft, re.sub(r"\s+", " ", text)):
                m = re.search(rx, variant, re.I)
                if m:
                    hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
        assert not hits, (key, hits)
        n = zh_len(text) if c["lang"] == "zh" else en_words(text)
        lo, hi = (2800, 3300) if c["lang"] == "zh" else (1500, 1700)
        assert lo <= n <= hi, (key, n)
        fmts.setdefault(c["fmt"], set()).add(c["lang"])
        share = PLAN[key]["share"]
        report.append("%s %s %s n=%d chars=%d rules=%s risk=%s%s" % (
            key, c["lang"], c["fmt"], n, len(text), ",".join(lab["expected_rules"]) or "-", PLAN[key]["risk"],
            "" if share is None else " tco_share=%.2f" % share))
    assert {f: len(v) for f, v in fmts.items()} and sorted(c["fmt"] for c in C.values()).count("docx") == 2
    assert [c["fmt"] for c in C.values()].count("pdf") == 2
    assert [c["fmt"] for c in C.values()].count("md") == 3 and [c["fmt"] for c in C.values()].count("txt") == 3
    assert all(len(v) == 2 for v in fmts.values()), fmts
    fired = set(r for k in PLAN for r in PLAN[k]["rules"])
    print("\n".join(report))
    print("rules fired across the set: %d of %d; not fired: %s" % (len(fired), len(SEV), sorted(set(SEV) - fired)))
    print("ALL ASSERTIONS PASSED")


if __name__ == "__main__":
    main()
