"""holdout161: builds the ten ordinary draft contracts from the sources kept below.

Run with /work/main/.venv/bin/python make_files.py. The .txt and .md files are written as they stand; the two .docx
and the two .pdf are built with ../word_pdf.py (real Word tables; PDFs broken at word boundaries, wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h161z01 (docx)
H161Z01 = """
T:江澄市城市生命线安全监测平台建设项目政府采购合同
P:合同编号：JCCY-2025-GK-0417        采购方式：公开招标        项目编号：JCZC2025-G-0388
P:甲方（采购人）：江澄市城市运行管理服务中心
P:乙方（供应商）：中衡智联科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及江澄市城市生命线安全监测平台建设项目（以下简称“本项目”）公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清文件均为本合同组成部分；内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责本项目的设计深化、设备供货、平台软件部署、定制开发、安装调试、系统集成、培训及质保期内服务，建成覆盖燃气、供水、排水、桥梁四个专项的城市生命线安全监测平台，实现监测数据实时采集、风险评估、分级预警和联动处置。
P:1.2 平台部署于江澄市政务云，监测数据接入江澄市城市运行“一网统管”平台，并按甲方提供的接口规范向市应急管理局、市住建局推送预警信息。
P:1.3 乙方交付物包括：全部监测设备及配套安装材料、平台软件许可、定制开发的预警模型与接口程序及其源代码、部署手册、运维手册、测试报告和培训材料。
H:第二条 合同价格
P:2.1 本合同总价为人民币柒佰捌拾柒万元整（¥7,870,000.00），为固定总价，含设备、软件、运输、保险、安装、调试、集成、培训、质保期服务及全部税费。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|燃气管网可燃气体监测终端|420套|3,800|1,596,000
TB:2|供水管网压力及流量监测仪|260套|5,200|1,352,000
TB:3|桥梁结构健康监测传感器组（含采集仪）|6套|186,000|1,116,000
TB:4|排水管网液位监测仪|180套|4,600|828,000
TB:5|城市生命线监测平台软件许可（永久）|1套|968,000|968,000
TB:6|服务器、存储及安全设备|1批|684,000|684,000
TB:|软硬件小计|||6,544,000
TB:7|定制开发（预警模型、一网统管及部门接口）|1项|736,000|736,000
TB:8|安装调试及系统集成|1项|548,000|548,000
TB:9|培训|1项|42,000|42,000
TB:|合同总价|||7,870,000
P:2.2 合同履行期间，因甲方书面要求增加或减少监测点位的，按上表单价据实结算，增减金额不超过合同总价的百分之十。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥1,574,000。
P:3.2 全部设备到货安装、平台上线并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥3,541,500。
P:3.3 系统试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥2,754,500。
P:3.4 乙方应在每笔付款前开具合法有效的增值税发票。甲方支付资金来源为财政资金，付款以国库集中支付为准。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后150日内完成全部设备安装、平台部署和接口联调，具备初步验收条件。
P:4.2 乙方应在合同签订后10日内提交实施方案，经甲方确认后实施；涉及占道、管井作业的，乙方应按规定办理手续并做好安全防护，作业期间发生的安全责任由乙方承担。
H:第五条 验收
P:5.1 初步验收标准：（1）监测设备数量、型号、技术参数与投标文件一致；（2）全部点位数据在线上传，数据采集周期符合招标文件技术要求；（3）燃气、供水、排水、桥梁四类预警模型按测试用例逐项通过，预警信息在30秒内推送至一网统管平台；（4）第三方安全测评机构出具的等保三级测评报告无高风险项。
P:5.2 初步验收合格后系统进入90日试运行。试运行期内未发生一级故障、累计故障时间符合第七条要求的，乙方提交最终验收申请，甲方组织专家按招标文件技术要求和本条标准进行最终验收，出具书面验收报告。
P:5.3 设备到货签收、平台上线运行或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 乙方提供的设备和软件自最终验收合格之日起免费质保三年。质保期内设备故障的，乙方免费维修或更换，软件缺陷免费修复。
P:6.2 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过软硬件小计的6%（即每年不超过¥392,640），质保期满后的前两年按此标准执行，不得上调；此后的维保费由双方另行协商，按政府采购程序确定。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级及响应：一级故障（平台整体不可用、预警推送中断或任一专项数据中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（单个点位或单项功能异常）2小时内响应，24小时内修复；三级故障（一般问题）1个工作日内处理。
P:7.3 乙方未达到第7.2款响应或恢复时限的，每超过1小时扣减¥2,000；月可用率每低于约定值0.01个百分点，扣减¥5,000。扣款从应付款项或履约保证金中扣除。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的预警模型、接口程序、配置文件及其源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.2 平台软件的原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付物不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 本项目采集、产生的监测数据、预警记录、地理信息及日志均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他目的，不得向任何第三方提供。
P:9.2 乙方应按网络安全等级保护三级要求实施系统安全防护，远程运维须经甲方审批并通过堡垒机进行，全程留存审计日志。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内向甲方报告并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的城市管网布局、桥梁结构参数、监测数据及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十一条 分包
P:11.1 本项目不得转包。管井开挖及设备安装中的辅助土建工作如需分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期完成初步验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:12.2 乙方交付的设备或软件不符合合同约定的，应免费更换或整改，并赔偿由此给甲方造成的损失。
P:12.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权书面通知解除合同，乙方应返还已收款项中与未交付部分对应的金额并赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 乙方应在合同签订后7日内提交合同总价5%的履约保证金，最终验收合格后无息退还。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江澄市城市运行管理服务中心        乙方（盖章）：中衡智联科技股份有限公司
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- h161z02 (pdf)
H161Z02 = """
T:隔膜分切在线检测系统采购及维护合同
P:合同编号：HMXC-CG-2025-0623
P:甲方（买方）：常州恒膜新材料有限公司
P:乙方（卖方）：视瞳智能装备（苏州）有限公司
P:甲方为锂电池湿法隔膜分切车间（二期）的分切质量管控需要，向乙方采购分切在线检测系统，并由乙方提供安装调试、培训、质保及质保期满后的维护服务。双方经友好协商，订立本合同。
H:一、采购内容及价格
P:（一）采购清单及价格如下（含税，含运输、保险、安装调试及培训）：
P:1. 分切机在线表面缺陷检测系统（线阵相机、光源、工控机及支架），8套，单价¥268,000，金额¥2,144,000；
P:2. 在线测厚仪（含扫描架），4套，单价¥196,000，金额¥784,000；
P:3. 缺陷检测及分级软件许可，8套，单价¥36,000，金额¥288,000；
P:4. 检测数据服务器及存储，1套，金额¥118,000；
P:以上设备及软件小计¥3,334,000。
P:5. 安装调试及与分切机PLC、MES系统对接，金额¥146,000；
P:6. 操作及维护培训，金额¥20,000。
P:（二）合同总价为人民币叁佰伍拾万元整（¥3,500,000）。
P:（三）乙方应保证所供设备为全新原装，技术参数不低于本合同附件一《技术规格书》的要求。
H:二、交货、安装与调试
P:（一）乙方应在合同生效后75日内将全部设备运抵甲方常州金坛工厂二期分切车间，并在到货后30日内完成安装、调试及与分切机PLC、MES系统的数据对接。
P:（二）安装调试应在甲方生产计划允许的停机窗口内进行，单条分切线停机时间不得超过36小时。乙方人员进入车间应遵守甲方洁净室管理及安全生产规定。
P:（三）设备到货时双方共同开箱清点，签署到货签收单；到货签收仅确认数量和外观，不代表质量验收。
P:（四）设备包装应适合长途运输及多次搬运，并具备防潮、防震、防静电措施；相机、光源及测厚源等精密部件应单独包装。货物在甲方签收前的毁损灭失风险由乙方承担。
P:（五）测厚仪所用放射源（如适用）的运输、备案及使用许可手续由乙方负责办理，甲方予以配合；乙方应向甲方提供辐射安全评价所需的全部技术资料。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，计¥700,000。
P:（二）全部设备到货并安装调试完成后10个工作日内，甲方支付合同总价的42%，计¥1,470,000。
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的33%，计¥1,155,000。
P:（四）合同总价的5%（¥175,000）作为质量保证金，质保期满且无未决质量问题后10个工作日内支付。
H:四、验收
P:（一）安装调试完成后进入连续生产试运行，试运行期为30日。
P:（二）最终验收标准：1. 对甲方提供的标准缺陷样卷（含针孔、褶皱、划痕、异物、涂覆不均五类缺陷）连续检测10次，漏检为零；2. 正常生产条件下误报不超过每千米3次；3. 测厚仪测量结果与甲方离线测厚仪比对，偏差不超过±0.3μm；4. 检测数据完整上传MES系统，缺陷图像可按卷号、米数追溯；5. 试运行期内未发生导致分切线停线的系统故障。
P:（三）满足上述标准的，双方签署最终验收报告。设备到货、安装完成或投入生产使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新验收。
H:四之一、培训
P:（一）乙方应在设备调试期间为甲方操作人员、工艺工程师及设备维护人员提供现场培训，内容包括系统操作、缺陷判定规则设置、日常清洁保养、常见故障处理及测厚仪校准，培训不少于5个工作日。
P:（二）乙方应提供中文操作手册、维护手册、电气图纸及备件清单各两套，并提供电子版。培训结束后，乙方应对甲方人员进行考核，考核合格的人员应能独立完成日常操作与一般故障处理。
P:（三）乙方应在质保期内每季度派工程师到厂巡检一次，检查相机标定、光源亮度衰减及测厚仪零点漂移，并提交巡检报告。
H:五、质量保证
P:（一）质保期为自最终验收合格之日起二十四个月。质保期内，因设备或软件本身原因出现的故障，乙方免费维修或更换零部件（相机、光源、测厚源等），并免费提供软件升级。
P:（二）质保期内服务要求：
P:1. 一级故障（检测系统停止工作，导致分切线停线或须人工全检）：乙方应在6小时内响应，24小时内到场处理；
P:2. 二级故障（单个检测工位异常或误报明显增加）：8小时内响应，48小时内处理完毕；
P:3. 三级故障（软件使用问题等）：1个工作日内远程处理。
P:（三）乙方未在上述时限内响应或到场的，每超过1小时向甲方支付¥1,500。
H:六、质保期满后的维护服务
P:（一）质保期满后，乙方应甲方要求继续提供维护服务，包括定期巡检、相机及光源校准、测厚源检定配合、备品备件供应及软件升级。
P:（二）维护服务年费为设备及软件小计的18%，即每年¥600,120，质保期满后三年内按此价格执行；双方另行签订年度维护协议。
P:（三）维护服务期内的响应要求与本合同第五条第（二）项相同。
H:七、知识产权
P:（一）缺陷检测软件的原有知识产权归乙方所有，乙方授予甲方在本合同设备上永久使用的许可。
P:（二）乙方根据甲方缺陷样本训练的缺陷分类模型、检测参数配方及为甲方MES对接开发的接口程序，其知识产权归甲方所有，甲方可自行修改、使用或交由第三方维护。
H:八、数据安全与保密
P:（一）检测系统采集的缺陷图像、厚度数据、工艺参数及生产记录均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方信息部门逐次审批，通过甲方指定的远程接入方式进行，并留存操作日志；乙方不得将设备接入甲方以外的网络。
P:（三）发生数据泄露或被非法访问的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:（四）双方对履行本合同知悉的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）乙方所供设备不符合合同约定的，甲方有权要求更换，并由乙方承担相应费用。
P:（三）乙方在本合同项下对甲方承担的赔偿责任总额（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十、分包与转让
P:（一）未经甲方书面同意，乙方不得将本合同项下的任何工作分包或转让给第三方。
H:十一、合同解除
P:（一）乙方逾期交货超过30日，或出现其他严重违约且在甲方书面通知后15日内未予纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）因本合同引起的争议，双方应协商解决；协商不成的，提交常州仲裁委员会按其仲裁规则仲裁。
H:十三、不可抗力
P:（一）因不可抗力导致任何一方不能按期履行合同的，该方应在事件发生后3日内通知对方，并在10日内提供有关证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商是否继续履行合同。
H:十四、其他
P:（一）本合同附件一《技术规格书》、附件二《设备清单》为本合同不可分割的组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：常州恒膜新材料有限公司（盖章）        乙方：视瞳智能装备（苏州）有限公司（盖章）
P:日期：2025年  月  日
"""

# ---------------------------------------------------------------- h161z03 (md)
H161Z03 = """# 康复理疗预约管理云服务合同

合同编号：YL-SaaS-2025-1108

**甲方（客户）**：悦动康复医疗管理（成都）有限公司
**乙方（服务商）**：约理云科技（杭州）有限公司

甲方经营连锁康复理疗门诊，现有门店28家。甲方拟使用乙方“约理”康复理疗预约管理云服务（以下简称“云服务”），用于患者在线预约、治疗师排班、疗程管理、会员储值及门店运营报表，并由乙方提供实施服务。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过其云平台向甲方28家门店提供云服务，包括：微信小程序及H5预约端、治疗师排班与工位管理、疗程与治疗记录、会员与储值管理、短信及公众号提醒、经营报表。

1.2 实施服务包括：门店、治疗项目及价格体系配置；甲方现有会员系统中约6.2万名会员及其储值余额、剩余疗程的数据迁移；与甲方收银系统的接口对接；管理员及门店人员培训。

1.3 服务期限为三年，自实施验收合格之日起计算。

## 2. 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 云服务订阅费 | 28家门店 × ¥9,600/店/年 × 3年 | 806,400 |
| 实施服务费（配置、数据迁移、接口对接） | 一次性 | 96,000 |
| 培训费 | 一次性 | 18,000 |
| 合计 | | 920,400 |

2.1 服务期内甲方新增门店的，按每店每年¥9,600按月折算计费；关闭门店的，自次月起相应减少订阅费。

## 3. 付款

3.1 实施服务费和培训费在实施验收合格后15个工作日内一次性支付。

3.2 云服务订阅费按季度结算，每季度¥67,200，由甲方在每个服务季度结束后15个工作日内支付。本合同不设预付款。

## 4. 实施与验收

4.1 乙方应在合同签订后45日内完成全部门店的配置、数据迁移和接口对接，具备验收条件。

4.2 验收标准：（1）28家门店全部上线，预约、排班、核销、储值流程按甲方确认的测试用例逐项通过；（2）迁移的会员数量、储值余额及剩余疗程与甲方原系统逐条核对一致，差异为零；（3）与收银系统对账连续7日无差异；（4）小程序在300人并发预约时页面响应不超过2秒。

4.3 验收合格的，双方签署实施验收单。系统上线试用或甲方门店开始使用，均不视为验收合格。

4.4 乙方未在第4.1条约定期限内具备验收条件的，每逾期一日向甲方支付¥600的违约金。

4.5 甲方应指定项目负责人，按乙方实施计划提供门店信息、治疗项目及价格、原会员系统数据导出文件，并组织门店人员参加培训。因甲方原因导致实施延误的，第4.1条期限相应顺延。

## 5. 服务水平

5.1 乙方保证云服务月可用率不低于99.5%（经甲方同意的计划内维护除外）。

5.2 故障响应：一级故障（全部或多家门店无法预约或核销）30分钟内响应，3小时内恢复；二级故障（单店或单项功能不可用）1小时内响应，8小时内恢复；一般问题1个工作日内答复。

5.3 月可用率低于约定值的，按下列标准抵扣当季订阅费：低于99.5%但不低于99%的，抵扣当季订阅费的5%；低于99%的，抵扣当季订阅费的10%。一级故障未在约定时间内恢复的，每超过1小时另抵扣¥800。

5.4 乙方每月向甲方提交服务报告，列明当月可用率、故障记录、处理时长及服务抵扣金额，甲方可据此核对当季订阅费。

5.5 乙方应提供每周7天、每天8:00至22:00的在线客服及电话支持，并为甲方指定专属客户成功经理。平台功能升级应提前7日通知甲方，不得降低本合同约定的功能。

## 6. 数据

6.1 甲方及其患者在云服务中产生的预约记录、治疗记录、会员信息等业务数据属于甲方所有。

6.2 乙方有权对上述数据进行去标识化处理后，用于康复行业分析报告、产品改进及算法模型训练，该等去标识化数据及其分析结果归乙方所有，本合同终止后乙方仍可继续使用。

6.3 合同终止后30日内，乙方应将甲方业务数据以通用格式完整交付甲方，并在甲方确认后删除其系统中的甲方数据（第6.2条所述去标识化数据除外）。

## 7. 数据安全与个人信息保护

7.1 云服务部署于中国境内数据中心，并通过网络安全等级保护三级测评。患者健康信息等敏感个人信息须加密存储和传输，乙方内部访问实行最小权限和操作留痕。

7.2 乙方应遵守《个人信息保护法》《数据安全法》等法律法规，未经甲方书面同意不得将甲方数据传输至境外。

7.3 发生数据泄露、篡改或丢失的，乙方应在12小时内书面通知甲方，采取补救措施并配合监管部门调查；因乙方原因造成的，乙方承担全部赔偿责任。

## 8. 保密

8.1 双方对在合作中知悉的对方经营信息、价格信息、技术资料及患者信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

## 9. 知识产权

9.1 云服务平台及其软件的知识产权归乙方所有。

9.2 乙方为甲方定制的表单模板、报表、接口程序及配置成果归甲方所有，甲方可自由使用、修改并交由第三方使用。

## 10. 续期

10.1 服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一年，可多次续期。

10.2 每次续期时，乙方有权根据市场情况上调订阅费单价，上调幅度不超过8%，乙方应在续期前15日书面通知甲方新价格。

## 11. 分包

11.1 乙方不得将本合同项下的实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。云服务所使用的基础云设施由乙方在附件中列明的云服务商提供。

## 12. 违约与责任

12.1 乙方违反第6条、第7条、第8条约定的，应赔偿甲方全部损失，包括甲方因此承担的行政罚款和对患者的赔偿。

12.2 除第12.1条外，乙方在本合同项下的赔偿责任总额以本合同总金额的150%为限。

## 13. 合同解除

13.1 任何一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权解除合同。

13.2 云服务连续中断超过24小时或一个季度内发生三次以上一级故障的，甲方有权解除合同，乙方应退还已付但未使用期间的订阅费。

## 13A. 不可抗力

13A.1 因地震、洪水、大规模网络攻击等不可抗力导致云服务中断的，乙方应立即启动应急预案并通知甲方；不可抗力不免除乙方在第7条项下的数据安全义务。

## 13B. 通知

13B.1 本合同项下的通知应以书面形式发送至双方在本合同中指定的联系人及电子邮箱。甲方联系人：信息部负责人；乙方联系人：客户成功经理。

## 14. 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

14.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：悦动康复医疗管理（成都）有限公司　　　乙方（盖章）：约理云科技（杭州）有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------- h161z04 (txt)
H161Z04 = """青岚县林长制智慧管理平台2025年度运维服务合同

合同编号：QLLY-YW-2025-006
采购方式：竞争性磋商（项目编号：QLXZC-2025-CS-019）

甲方（采购人）：青岚县林业局
乙方（成交供应商）：林数信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、青岚县林长制智慧管理平台2025年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方订立本合同。

第一条 服务范围
（一）运维对象：青岚县林长制智慧管理平台（含县、乡、村三级林长工作台，林长巡林及护林员巡护APP，森林资源“一张图”，森林防火视频监控点146个及配套传输链路，事件上报与督办系统）。
（二）服务内容：平台软件及数据库日常运维、故障处理、版本维护和小型功能优化；护林员巡护APP运维及终端使用支持；森林防火视频监控点季度巡检、镜头清洁、供电及传输故障处理；平台安全加固、漏洞修复及等级保护测评配合；森林资源年度变更数据更新入库配合。
（三）乙方派驻2名运维工程师在县林长制工作办公室驻场服务，工作日8:30至17:30在岗；森林防火期（每年1月1日至5月31日）实行7×24小时值守。

（四）乙方驻场工程师应具有三年以上政务信息系统运维经验，其中至少一人持有信息安全相关资格证书；乙方更换驻场人员的，应提前10日书面征得甲方同意，并完成工作交接。
（五）服务期开始后15日内，乙方应完成与上一运维服务单位的交接，接收系统账号、运维文档及未关闭问题清单，并向甲方提交交接报告和年度运维方案。

第二条 服务期限
本合同服务期限为2025年1月1日至2025年12月31日。服务期满本合同自然终止，不自动续期；次年运维服务由甲方依法重新组织采购。

第三条 合同价格
本合同总价为人民币伍拾陆万捌仟元整（¥568,000），为固定总价，包含人工、差旅、备品备件、工具、税费等全部费用。分项如下：
1. 平台软件及数据库运维（含驻场2人）：¥312,000；
2. 护林员巡护APP运维及终端支持：¥86,000；
3. 森林防火视频监控点巡检及维修（146个点位，不含单价超过¥2,000的主设备更换）：¥128,000；
4. 安全加固及等级保护测评配合：¥42,000。
合计：¥568,000。

第四条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束后，甲方按第六条进行季度考核，考核合格后15个工作日内支付当季服务费¥142,000；考核扣分的，按第六条扣减后支付。
（三）乙方应在每次付款前开具合法有效的发票。

第五条 服务水平
（一）平台月可用率不低于99.95%（经甲方同意的计划内维护除外）。
（二）故障分级及时限：
1. 一级故障（平台整体不可用、火情视频监控大面积中断或防火期内事件上报中断）：接报后30分钟内响应，2小时内到场，6小时内恢复；
2. 二级故障（单项功能或单个乡镇、单个监控点异常）：2小时内响应，1个工作日内修复；
3. 三级故障（一般咨询及使用问题）：1个工作日内答复。
（三）乙方每月提交运维月报，内容包括故障处理记录、巡检记录、安全事件及优化建议。

第六条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括：平台可用率、故障响应及恢复时限、监控点在线率、巡检完成情况、驻场人员出勤、运维文档完整性。考核满分100分，90分以上为合格。
（二）一级故障超过约定响应或恢复时限的，每超过1小时扣减当季服务费¥1,000；平台月可用率低于约定值的，每低0.01个百分点扣减¥1,500；季度考核低于90分的，每低1分扣减当季服务费的1%。
（三）服务期满后，甲方根据四个季度考核结果及乙方提交的年度运维报告进行年度验收，年度验收不合格的，甲方有权不支付第四季度服务费中相应部分。

第七条 数据安全
（一）平台中的森林资源数据、林长巡林记录、护林员轨迹、视频影像及各类业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存、对外提供或用于其他目的。
（二）乙方应落实网络安全等级保护要求，运维操作须通过甲方堡垒机进行并留存日志，不得擅自开放外网访问；涉及涉密测绘成果的，按国家保密规定管理。
（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
（四）服务期满或合同解除后10日内，乙方应移交全部账号、密码、运维文档和数据，并删除其持有的甲方数据。

第八条 保密
乙方及其派驻人员对在服务中知悉的甲方工作秘密、森林资源数据、防火部署及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方驻场人员应签署保密承诺书。保密义务不因合同终止而解除。

第九条 知识产权
乙方在服务期内形成的运维文档、脚本、配置及小型功能优化的程序代码，其知识产权归甲方所有，甲方可自行或交由其他服务商使用和修改。

第十条 分包
乙方可将森林防火视频监控点的巡检及现场维修工作分包给当地具有相应能力的服务商，但应提前5个工作日书面告知甲方分包单位名称及人员；乙方对分包工作承担全部责任。

第十一条 违约责任
（一）乙方未按第一条第（三）项派驻人员到岗、或未按甲方要求的时间完成年度数据更新入库配合工作的，每延误一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方驻场人员未经甲方同意擅自更换或缺岗的，每人每日扣减¥500。
（三）因乙方运维不当造成平台数据丢失或设备损坏的，乙方应负责恢复并赔偿损失。
（四）甲方逾期支付服务费的，应按同期贷款市场报价利率支付逾期利息。

第十二条 合同解除
（一）乙方连续两个季度考核不合格，或发生严重违约经甲方书面通知后10日内未纠正的，甲方有权解除合同，并按实际服务期间结算服务费。
（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。

第十二条之一 甲方的权利和义务
（一）甲方应为乙方驻场人员提供办公场所和必要的网络接入条件，协调各乡镇林长办及护林员配合乙方开展巡检和终端支持工作。
（二）甲方有权对乙方的服务过程进行监督检查，并可随时抽查运维记录和驻场人员到岗情况；发现问题的，有权要求乙方限期整改。
（三）甲方应按合同约定及时支付服务费。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，依法向青岚县人民法院提起诉讼。

第十四条 其他
（一）本合同未尽事宜，按竞争性磋商文件及乙方响应文件执行。
（二）本合同一式五份，甲方三份，乙方一份，县财政局政府采购监管部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：青岚县林业局
法定代表人或授权代表：
乙方（盖章）：林数信息技术有限公司
法定代表人或授权代表：
签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- h161z05 (md, supplier's template)
H161Z05 = """# 速畅ERP软件许可及实施服务合同

> 速畅软件标准合同文本 V5.0（2024版）　本文本由速畅软件有限公司制定，客户信息及附件以外的条款一般不作修改。

合同编号：SC-ERP-2025-SZ-0912

**甲方（客户）**：金糯坊食品（高邮）有限公司
**乙方（软件商）**：速畅软件有限公司（注册地：江苏省苏州市）

甲方主要生产绿豆糕、桂花糕等传统糕点，为实现财务、进销存、生产、质量追溯和经销商订货的一体化管理，向乙方采购速畅ERP软件使用许可并委托乙方实施及定制开发。双方订立本合同如下。

## 第一章　许可与服务内容

1.1 乙方授予甲方速畅ERP V9（财务、供应链、生产制造、质量管理模块）的永久使用许可，并发用户数60个，限甲方在其高邮工厂及扬州销售公司内部使用。

1.2 乙方负责软件安装部署、业务蓝图设计、系统配置、期初数据导入、用户培训和上线支持。

1.3 乙方根据甲方需求进行以下定制开发：原料（绿豆、糯米、白砂糖等）到成品的批次追溯功能；成品保质期预警及临期品处理流程；经销商订货微信小程序及与ERP的接口。定制开发的具体功能以双方确认的《需求范围说明书》为准，说明书未列明的功能不属于本合同范围。

1.4 本合同不包括服务器、数据库、操作系统等第三方软硬件，亦不包括甲方现有金蝶财务软件的数据清理工作。

## 第二章　合同价格

| 项目 | 金额（元） |
|---|---|
| 速畅ERP V9 软件许可（60并发用户，永久） | 486,000 |
| 定制开发（批次追溯、保质期预警、经销商订货小程序） | 268,000 |
| 实施服务（蓝图、配置、培训、上线支持） | 152,000 |
| 期初数据整理及导入 | 34,000 |
| 合计 | 940,000 |

2.1 以上价格含税。实施过程中甲方提出超出附件需求范围的变更，乙方按每人天¥2,200另行收费。

## 第三章　付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，计¥470,000，乙方收款后安排实施团队进场。

3.2 系统上线后5个工作日内，甲方支付剩余50%，计¥470,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金，乙方并有权暂停实施及服务。

## 第四章　实施与上线

4.1 乙方计划在收到首期款后90日内完成实施并上线。实施计划以乙方项目经理编制的计划为准，因甲方数据准备、人员配合等原因造成的延误，期限相应顺延。

4.2 乙方逾期上线的（甲方原因除外），每逾期一日按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 乙方委派项目经理一名、实施顾问二至三名负责本项目，乙方可根据项目进度调整实施人员，并将调整情况告知甲方项目负责人。

4.4 实施分为蓝图设计、系统配置、数据准备、用户测试、上线切换五个阶段。每一阶段完成后，乙方提交阶段成果，甲方应在3个工作日内签字确认；甲方未在期限内提出书面意见的，视为确认。

## 第五章　验收

5.1 系统上线运行即视为甲方验收合格。甲方在上线后使用系统处理业务的，视为对全部交付成果的确认。

5.2 定制开发功能以乙方交付时的版本为准，甲方如对功能有异议，应在上线后7日内书面提出，逾期视为无异议。

## 第五章之一　甲方的配合义务

5A.1 甲方应指定一名项目负责人和各业务部门关键用户，保证其有足够时间参与蓝图讨论、测试和培训。

5A.2 甲方应按乙方要求的格式和时间提供物料、配方（BOM）、客户、供应商、经销商、库存及期初财务余额等基础数据，并对数据的准确性负责。因数据不准确导致的返工，乙方有权按人天另行收费。

5A.3 甲方应提供满足乙方配置要求的服务器、数据库、网络及终端环境，并负责操作系统和数据库的正版授权。

5A.4 甲方应为乙方实施人员在现场工作期间提供办公场所、网络接入及必要的生活便利。

## 第五章之二　培训

5B.1 乙方为甲方提供系统管理员培训、关键用户培训及最终用户培训，培训总时长不少于10个工作日，培训地点为甲方高邮工厂。

5B.2 乙方提供中文操作手册及培训课件电子版各一套，甲方可在内部复制使用。

## 第六章　免费维护与后续服务

6.1 乙方自系统上线之日起提供六个月的免费维护，包括软件缺陷修复、远程技术支持及补丁升级。

6.2 维护期内故障响应：一级故障（系统无法登录或无法开票、发货）12小时内响应；二级故障2个工作日内响应；其他问题按乙方工单排期处理。乙方将尽力解决问题，但不承担因故障引起的扣款、赔偿或违约责任。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年度维护费按乙方当年公布的服务价格标准执行。

## 第七章　知识产权

7.1 速畅ERP软件及其文档的知识产权归乙方所有。

7.2 乙方为甲方进行的定制开发（包括批次追溯、保质期预警、经销商订货小程序及接口程序）所形成的程序、源代码及文档，其知识产权均归乙方所有，乙方可将其纳入标准产品向其他客户提供。甲方在许可范围内享有使用权，不得自行或委托第三方修改。

## 第八章　数据

8.1 甲方在ERP中录入和产生的业务数据归甲方所有。

8.2 甲方同意，乙方可对甲方业务数据进行脱敏处理后用于食品行业解决方案研发、产品改进及行业分析。

8.3 乙方实施人员访问甲方系统须使用甲方分配的账号，遵守甲方信息安全制度，不得擅自复制甲方数据；因乙方人员原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复并承担相应的赔偿责任。

## 第九章　保密

9.1 双方对在合作中获知的对方商业秘密、技术信息（包括甲方配方、工艺及客户信息）负有保密义务，保密期为合同终止后两年。

## 第十章　责任限制

10.1 乙方在本合同项下承担的全部赔偿责任（含违约金），累计不超过合同总价的20%。

10.2 乙方对甲方的间接损失、利润损失、数据损失不承担责任。

## 第十一章　合同解除

11.1 一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方有权解除合同。

11.2 甲方在乙方进场后单方解除合同的，已支付款项不予退还。

## 第十二章　争议解决

12.1 因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十二章之一　不可抗力

12A.1 因地震、洪水、疫情、政府行为等不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十二章之二　通知

12B.1 本合同项下的通知以书面形式送达双方在合同首页载明的地址或电子邮箱，电子邮件发出即视为送达。任何一方变更联系方式的，应提前三日通知对方。

## 第十三章　其他

13.1 本合同附件包括《需求范围说明书》《实施计划》《报价单》。附件与本合同正文不一致的，以本合同正文为准。本合同未尽事宜，双方可另行签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：金糯坊食品（高邮）有限公司　　　乙方（盖章）：速畅软件有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------- h161e01 (txt)
H161E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

Agreement No. BCL-2025-031

THIS AGREEMENT is made on the ____ day of __________ 2025

BETWEEN

(1) BLASKET CONFIGURE LIMITED, a private company limited by shares incorporated in Ireland (company number 684117), having its registered office at The Old Schoolhouse, Inishtooskert, Blasket Islands, County Kerry, Ireland (the "Vendor"); and

(2) JIANGMEN LIANFENG KITCHENWARE CO., LTD., a company incorporated in the People's Republic of China (unified social credit code on file), having its principal place of business at Xinhui District, Jiangmen, Guangdong Province, China (the "Customer").

RECITALS

(A) The Customer manufactures stainless-steel and quartz-composite kitchen sinks, taps and accessories and sells them to dealers, kitchen studios and export buyers.

(B) The Vendor has developed the software product known as "Blasket Configure", a rules-based product configurator with a 3D visualiser and quotation engine, and has agreed to license it to the Customer, to configure it for the Customer's product range and to support it, on the terms of this Agreement.

(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).

IT IS AGREED as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Software" means the Blasket Configure engine, the 3D visualiser and the quotation module in the version set out in Schedule 1, together with any updates supplied under this Agreement; "Configuration Deliverables" means the product models, rule sets, price tables, 3D assets, templates, interface code and documentation produced by the Vendor specifically for the Customer under Clause 3; "Go-Live" means the first use of the configured Software by the Customer's dealers in production; "Final Acceptance" has the meaning given in Clause 5.3; "Customer Data" means all data supplied by or on behalf of the Customer, or generated by the Software for the Customer, including product data, prices, dealer and end-customer details and quotations.

2. LICENCE

2.1 In consideration of the Licence Fee the Vendor grants to the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in mainland China for the business of the Customer and its affiliated companies, for up to forty named back-office users and unlimited use by the Customer's dealers through the embedded web configurator.

3. CONFIGURATION AND INTEGRATION SERVICES

3.1 The Vendor shall configure the Software for the Customer's product range of 380 sink models and their options (bowl layouts, drainer sides, tap holes, accessories and finishes), build the price and discount rules for the dealer and export channels, produce 3D models and CAD drawing export templates, and integrate the Software with the Customer's Kingdee ERP system for item master, price list and sales-order transfer.

3.2 The Vendor shall deliver the services in accordance with the project plan in Schedule 2. Go-Live shall take place no later than 120 days after the date of this Agreement.

4. PRICE AND PAYMENT

4.1 The total price payable under this Agreement (the "Contract Price") is CNY 1,720,000, made up as follows:

    Perpetual licence (Software, 40 named users, unlimited dealer web use)    CNY 1,120,000
    Configuration services (380 models, rules, 3D assets, CAD templates)      CNY   436,000
    ERP integration (Kingdee item master, prices, sales orders)               CNY   128,000
    Training (administrators, product managers, dealer trainers)              CNY    36,000
    Contract Price                                                            CNY 1,720,000

4.2 The Contract Price shall be paid as follows: (a) 10 % (CNY 172,000) within 30 days after signature of this Agreement against the Vendor's invoice; (b) 55 % (CNY 946,000) within 30 days after Go-Live; and (c) 35 % (CNY 602,000) within 30 days after Final Acceptance.

4.3 All amounts are inclusive of applicable taxes.

5. TESTING AND ACCEPTANCE

5.1 Before Go-Live the Vendor shall carry out system tests and the Customer shall carry out user acceptance tests in accordance with the acceptance test plan in Schedule 3.

5.2 The acceptance criteria are: (a) every one of the 380 sink models can be configured with all valid options and no invalid combination can be ordered; (b) prices and discounts calculated by the Software match the Customer's reference price list for a sample of 200 configurations without any difference; (c) sales orders created in the Software transfer to the ERP system complete and without manual correction over ten consecutive working days; (d) the 3D visualiser renders any configuration within three seconds on the reference dealer PC; and (e) the documentation and training in Schedule 2 have been delivered.

5.3 When the criteria in Clause 5.2 have been met and the Software has run in production for thirty days without a Severity 1 fault, the Customer shall sign a Final Acceptance certificate. Neither Go-Live, nor use of the Software in production, nor payment of any instalment shall constitute acceptance.

6. WARRANTY

6.1 The Vendor warrants that for a period of eighteen (18) months from Final Acceptance (the "Warranty Period") the Software and the Configuration Deliverables will perform materially in accordance with their documentation and the acceptance criteria.

6.2 During the Warranty Period the Vendor shall correct any defect free of charge and supply all updates and new releases of the Software without charge.

7. SUPPORT AND SERVICE LEVELS

7.1 During the Warranty Period and any Support Term the Vendor shall provide a helpdesk in English and Chinese, on working days from 08:00 to 20:00 China Standard Time and at all times for Severity 1 faults.

7.2 Faults are classified and handled as follows: Severity 1 (the configurator or quotation engine is unavailable to dealers, or prices are calculated wrongly): response within one hour, workaround within six hours, fix within two working days; Severity 2 (a function is impaired but a workaround exists): response within two hours, fix within five working days; Severity 3 (minor faults and questions): response within one working day.

7.3 If the Vendor misses a Severity 1 response or workaround time, it shall pay or credit to the Customer CNY 1,200 for each hour or part of an hour of delay, and CNY 500 for each working day by which a Severity 2 fix is late.

8. SUPPORT AFTER THE WARRANTY PERIOD

8.1 After the Warranty Period the Customer may order annual support (a "Support Term") by purchase order. Support shall not renew automatically.

8.2 The annual support fee is 13 % of the licence fee in Clause 4.1, being CNY 145,600 per year. This fee is fixed for the first three Support Terms; thereafter the Vendor may increase it by no more than 3 % per year on ninety days' written notice.

9. INTELLECTUAL PROPERTY

9.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors.

9.2 All intellectual property rights in the Configuration Deliverables vest in the Customer on creation. The Vendor shall deliver the Configuration Deliverables, including source files and interface source code, and the Customer may use, modify and license them freely, including through a third-party service provider.

10. CUSTOMER DATA AND SECURITY

10.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and in accordance with the Customer's written instructions, and shall not use it for any other purpose, including aggregated or anonymised use.

10.2 The Software is hosted on the Customer's servers. The Vendor's remote access shall be by VPN with multi-factor authentication, approved by the Customer for each session and logged. The Vendor shall not copy Customer Data outside the Customer's systems and shall not transfer it out of mainland China. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.

10.3 The Vendor shall notify the Customer in writing within eight hours of becoming aware of any security incident affecting Customer Data, shall take all steps to contain it, and shall be liable for all loss and costs caused to the Customer by an incident attributable to the Vendor or its personnel.

11. CONFIDENTIALITY

11.1 Each party shall keep confidential all information of the other party obtained under this Agreement that is marked or by its nature confidential, including the Customer's product designs, prices and dealer terms, and shall not disclose it to a third party without the other party's prior written consent. This obligation survives for five years after termination.

12. DELAY AND LIABILITY

12.1 If Go-Live is delayed beyond the date in Clause 3.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price.

12.2 The Vendor's total liability under this Agreement shall not exceed 150 % of the Contract Price. This limit does not apply to breach of Clauses 10 or 11, infringement of third-party rights, death or personal injury, or fraud.

13. SUBCONTRACTING

13.1 The Vendor shall not subcontract any of its obligations without the Customer's prior written consent and remains responsible for the acts and omissions of any approved subcontractor.

14. TERM AND TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

14.2 The Customer may also terminate if Go-Live is delayed by more than sixty days. On termination by the Customer under this Clause the Vendor shall refund all amounts paid for services not delivered and accepted.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement and any non-contractual obligations arising out of it are governed by the laws of Ireland.

15.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration in Dublin, Ireland, under the Arbitration Rules of the International Chamber of Commerce, by a sole arbitrator. The language of the arbitration shall be English.

16. GENERAL

16.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

SIGNED for and on behalf of BLASKET CONFIGURE LIMITED: ______________________ Director

SIGNED for and on behalf of JIANGMEN LIANFENG KITCHENWARE CO., LTD.: ______________________ Authorised Signatory

Schedule 1: Software and version. Schedule 2: Project plan and deliverables. Schedule 3: Acceptance test plan.
"""

# ---------------------------------------------------------------- h161e02 (txt)
H161E02 = """OOGTOUR BOOKING PLATFORM - ORDER FORM

Order Form No. OT-CN-2025-0077

Supplier: Oogtour Software GmbH, Inselweg 1, Minsener Oog, 26434 Wangerland, Germany, registered with the Local Court of Oldenburg under HRB 219 604 ("Oogtour")

Customer: Dali Erhai Pedal Tours Co., Ltd., Dali Old Town, Dali Bai Autonomous Prefecture, Yunnan Province, People's Republic of China ("Customer")

1. Subscribed Services
Oogtour Booking Platform, Professional Edition, comprising: online booking engine for guided and self-guided cycling tours (multilingual web widget and WeChat mini-program connector); departure, guide and bicycle-fleet scheduling; rider waivers and health declarations; payments via WeChat Pay and Alipay through the Customer's own merchant accounts; partner and agent portal; reporting. Up to 25 staff users and unlimited bookings.

2. Subscription Term
Thirty-six (36) months from the Service Start Date. The Service Start Date is the date on which the Customer signs the Onboarding Acceptance certificate (General Terms § 4).

3. Fees (all amounts in Chinese Renminbi at the Customer's request, inclusive of VAT)
    Subscription fee, Professional Edition, 25 users: CNY 9,850 per month x 36 months = CNY 354,600
    Onboarding (tour catalogue set-up, data import of 2,300 past guests, mini-program connection, training): CNY 32,400 (one-time)
    Total Contract Value: CNY 387,000

4. Invoicing and Payment
The onboarding fee is invoiced after Onboarding Acceptance. Subscription fees are invoiced monthly in arrears and are payable within thirty days of invoice. No amount is payable in advance.

5. Hosting
The platform instance for the Customer is hosted in a data centre of Alibaba Cloud in Shanghai, People's Republic of China.

6. Renewal
After the Subscription Term the subscription renews for successive periods of one year at the fees stated in this Order Form, unless either party gives notice of non-renewal at least sixty days before the end of the current period.

7. Incorporation
This Order Form incorporates the Oogtour General Terms and Conditions for Subscription Services (version 4.2) set out below ("General Terms"). In case of conflict this Order Form prevails.

Signed for Oogtour Software GmbH: ________________ (Managing Director)        Date: ________
Signed for Dali Erhai Pedal Tours Co., Ltd.: ________________ (Legal Representative)        Date: ________


OOGTOUR GENERAL TERMS AND CONDITIONS FOR SUBSCRIPTION SERVICES (VERSION 4.2)

§ 1 Scope
(1) These General Terms apply to all subscriptions to Oogtour software services ordered by the Customer under an Order Form.
(2) Terms and conditions of the Customer shall not apply, even if Oogtour does not expressly object to them.

§ 2 Services
(1) Oogtour provides the subscribed services as software-as-a-service over the internet in the edition stated in the Order Form. Oogtour may further develop the services, provided that the functions described in the Order Form are not materially reduced.
(2) The Customer is responsible for its own internet access, end devices and merchant accounts with payment providers.
(3) The Customer shall keep the access credentials of its users secret, shall inform Oogtour without delay of any suspected misuse, and shall ensure that the tour descriptions, images and waivers it uploads do not infringe the rights of third parties. Oogtour shall provide the Customer with an administrator manual and release notes in English and Chinese.

§ 3 Onboarding
(1) Oogtour shall carry out the onboarding services described in the Order Form and shall make the configured platform available for acceptance testing within sixty days after signature of the Order Form.
(2) If Oogtour fails to do so for reasons within its control, Oogtour shall pay the Customer a contractual penalty of CNY 300 for each calendar day of delay, up to a maximum of CNY 15,000.

§ 4 Onboarding Acceptance
(1) The Customer shall test the configured platform within ten working days. The platform is accepted when (a) all tours in the Customer's catalogue can be booked and paid for through the web widget and the mini-program; (b) the imported guest records match the Customer's export file in number and content; (c) departure, guide and fleet scheduling work for a test month without double allocation; and (d) payments reach the Customer's merchant accounts and are reconciled in the reports.
(2) The Customer confirms acceptance by signing an Onboarding Acceptance certificate. The mere use of the platform for test bookings does not constitute acceptance. If a criterion is not met, Oogtour shall remedy the defect and submit the platform again for testing.

§ 5 Service Levels
(1) Oogtour shall make the booking platform available with a monthly availability of 99.95 %, measured at the Oogtour service boundary and excluding maintenance windows announced at least five days in advance and scheduled between 01:00 and 05:00 China Standard Time.
(2) Support requests are classified as follows: Priority 1 (booking engine or payments unavailable for all users): response within eight (8) hours; Priority 2 (important function impaired): response within one working day; Priority 3 (other requests): response within three working days. Support is provided in English and Chinese.
(3) If availability in a month falls below the level in paragraph (1), the Customer receives a service credit of 5 % of the monthly subscription fee for each started 0.1 percentage point of shortfall, up to 50 % of the monthly fee. Credits are set off against the next invoice.

§ 6 Customer Data
(1) All data that the Customer or its guests enter into the platform, including guest names, contact details, health declarations and booking histories, are Customer Data and belong to the Customer. Oogtour processes Customer Data only on behalf of the Customer and only for the purpose of providing the services.
(2) Oogtour shall not use Customer Data for any other purpose and shall not use it in aggregated or anonymised form for its own purposes.
(3) At the end of the subscription Oogtour shall provide the Customer with a full export of Customer Data in a common machine-readable format and then delete the Customer Data within thirty days.

§ 7 Data Security
(1) Oogtour maintains technical and organisational measures appropriate to the risk, including encryption in transit and at rest, role-based access with multi-factor authentication for its staff, logging of administrative access and daily backups stored in mainland China.
(2) Oogtour shall comply with the PRC Personal Information Protection Law and the Data Security Law and shall not transfer Customer Data outside mainland China.
(3) Oogtour shall inform the Customer without undue delay, and in any case within forty-eight hours, of any personal data breach, shall support the Customer in notifying authorities and data subjects, and shall be responsible for damage caused by a breach of its obligations under this § 7.

§ 8 Subcontractors
(1) Oogtour may use subcontractors and sub-processors, including affiliated companies and hosting and support providers, for the provision of the services. Oogtour shall inform the Customer of any new subcontractor by e-mail at least fourteen days before it begins work; no consent of the Customer is required.
(2) Oogtour remains responsible for the performance of its subcontractors.

§ 9 Rights of Use and Intellectual Property
(1) All rights in the platform, its software and documentation remain with Oogtour. The Customer receives a non-exclusive right, limited to the Subscription Term, to use the platform for its own business.
(2) Tour descriptions, images, price rules, templates and other configurations created for the Customer during onboarding belong to the Customer, who may use, modify and pass them on to third parties without restriction.

§ 10 Confidentiality
(1) Each party shall keep secret all business and trade secrets of the other party that become known to it in connection with the contract, including prices, guest lists and partner terms, and shall use them only for the purposes of the contract. This obligation continues for three years after the end of the contract.

§ 11 Term and Termination
(1) The contract term follows from the Order Form.
(2) The right of each party to terminate the contract without notice for good cause remains unaffected. Good cause exists in particular if the other party commits a material breach of contract and fails to remedy it within thirty days after a written warning.
(3) On termination for good cause by the Customer, Oogtour shall refund fees paid for periods after the termination date.

§ 12 Liability
(1) Oogtour is liable without limitation for intent and gross negligence and for injury to life, body or health.
(2) In all other cases Oogtour's total liability arising out of or in connection with the contract is limited to the subscription fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

§ 13 Governing Law and Place of Jurisdiction
(1) At the Customer's request, the contract is governed by the laws of the People's Republic of China.
(2) Any dispute arising out of or in connection with the contract shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming in accordance with its rules. The arbitral award is final and binding on both parties.

§ 14 Final Provisions
(1) Amendments and supplements to the contract must be made in writing.
(2) Should any provision of the contract be or become invalid, the validity of the remaining provisions shall not be affected.
(3) Notices under the contract shall be given in writing to the contact persons named in the Order Form; notice by e-mail satisfies the written form except for termination, which requires a signed letter.
"""

# ---------------------------------------------------------------- h161e03 (pdf)
H161E03 = """
T:Supply, Installation and Maintenance Contract for Seawater Quality Monitoring Equipment
P:Contract No. XPHY-2025-SW-02
P:Buyer: Xiapu Haiyun Oyster and Laver Professional Cooperative, Sansha Town, Xiapu County, Ningde, Fujian Province, People's Republic of China (the "Buyer").
P:Supplier: Modez Océan Instruments SARL, Le Bourg, Île Modez, 22610 Lanmodez, Côtes-d'Armor, France, acting in China through its representative office in Xiamen (the "Supplier").
P:This Contract is drawn up on the Buyer's standard form. The Supplier has submitted its quotation in Chinese Renminbi at the Buyer's request. The parties agree as follows.
H:Article 1 Purpose
P:1.1 The Supplier shall supply, install, commission and maintain a seawater quality monitoring network for the Buyer's oyster rafts and laver culture areas in Sansha Bay, consisting of moored multi-parameter buoys, tide and current sensors, data gateways, solar power kits and monitoring software with alarm functions sent to members' mobile phones.
P:1.2 The monitoring network shall measure water temperature, salinity, dissolved oxygen, pH, turbidity and chlorophyll, and shall warn members of low oxygen, salinity drops after heavy rain and harmful algal blooms.
H:Article 2 Price
P:2.1 The total Contract Price is CNY 1,500,000, fixed and inclusive of VAT, transport to Sansha, customs clearance, mooring, installation, commissioning and training:
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Multi-parameter monitoring buoy|14|58,000|812,000
TB:Tide and current sensor|3|46,500|139,500
TB:4G/LoRa data gateway|6|12,800|76,800
TB:Monitoring and alarm software licence (perpetual)|1|168,000|168,000
TB:Solar power kit with battery|14|6,200|86,800
TB:Equipment and Software Subtotal|||1,283,100
TB:Mooring, installation and commissioning|1|194,000|194,000
TB:Training of cooperative technicians|1|22,900|22,900
TB:Total Contract Price|||1,500,000
H:Article 3 Payment
P:3.1 20 % of the Contract Price (CNY 300,000) within 15 working days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 45 % (CNY 675,000) within 15 working days after all equipment has been installed at sea and the Installation Certificate has been signed. The Installation Certificate confirms quantities and positions only and is not acceptance.
P:3.3 35 % (CNY 525,000) within 15 working days after Final Acceptance.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's store in Sansha within 90 days after signature and complete installation at sea within 45 days after delivery, at times agreed with the Buyer so as to avoid the oyster seeding and laver harvesting seasons.
P:4.2 The Buyer shall provide boats and local labour for mooring at the Supplier's direction. The Supplier is responsible for the safety of its own personnel.
H:Article 5 Acceptance
P:5.1 After installation the network shall run for 30 consecutive days (the trial run).
P:5.2 Final Acceptance requires that: (a) every buoy and sensor transmits data at the agreed ten-minute interval with no gap longer than two hours during the trial run, except for gaps caused by typhoon warnings; (b) measurements compared with laboratory analyses of water samples taken by the Ningde marine monitoring station on three dates are within the tolerances of Annex 1; (c) alarms for the thresholds set by the Buyer reach the phones of the members listed by the Buyer within five minutes in a simulated test; and (d) manuals, calibration certificates and training have been delivered.
P:5.3 When these requirements are met the parties sign a Final Acceptance Certificate. Delivery, installation, use of the data or payment do not constitute acceptance.
H:Article 6 Warranty
P:6.1 The equipment and software are warranted for twenty-four (24) months from Final Acceptance. During the warranty the Supplier shall repair or replace any defective item free of charge, including sensors damaged by biofouling that the anti-fouling system should have prevented, and shall supply software updates free of charge.
P:6.2 During the warranty the Supplier shall clean and recalibrate every buoy once per quarter at no extra cost.
H:Article 7 Service Levels
P:7.1 Faults are classified as follows. Priority 1: loss of data or alarms from more than three buoys, or failure of the alarm software. Priority 2: loss of data from one to three buoys or a sensor reading outside tolerance. Priority 3: other faults and questions.
P:7.2 The Supplier shall respond to a Priority 1 fault within six (6) hours of notification and restore service within 48 hours, weather permitting; Priority 2: response within one working day and repair within five working days; Priority 3: response within two working days.
P:7.3 For each full day by which a restoration time under Article 7.2 is exceeded, the Supplier shall pay CNY 800 per buoy affected, deducted from the next payment or from the maintenance fee.
H:Article 8 Maintenance after the Warranty
P:8.1 After the warranty the Supplier shall, if the Buyer so requests, provide annual maintenance covering quarterly cleaning and recalibration, replacement of consumables and wear parts, and software support, with the service levels of Article 7.
P:8.2 The annual maintenance fee is 12.5 % of the Equipment and Software Subtotal, that is CNY 160,387.50 per year. This fee is fixed for the first three years after the warranty. Each year of maintenance is ordered in writing; there is no automatic renewal.
H:Article 8A Training and Documentation
P:8A.1 The Supplier shall train six technicians nominated by the Buyer for at least five working days, in Chinese, covering buoy inspection from a boat, replacement of sensors and batteries, field calibration, use of the monitoring software and the setting of alarm thresholds. At the end of the training the technicians shall be able to carry out routine cleaning and first-line fault finding on their own.
P:8A.2 The Supplier shall deliver operating and maintenance manuals in Chinese, calibration certificates for every sensor, mooring drawings and a spare-parts list with prices valid for the maintenance period.
H:Article 8B Insurance and Risk
P:8B.1 Risk in the equipment passes to the Buyer on signature of the Installation Certificate. Until then the Supplier shall insure the equipment against loss and damage in transit and during installation at sea, and shall hold third-party liability insurance for its personnel working on the Buyer's rafts.
H:Article 9 Data
P:9.1 All measurements, alarm records and derived reports belong to the Buyer. The Supplier may use them only to perform this Contract and shall not sell, publish or otherwise use them, including in aggregated or anonymised form.
P:9.2 The monitoring software and its database are hosted on a server in mainland China designated by the Buyer. Remote access by the Supplier is limited to named engineers, protected by individual accounts with two-factor authentication and logged. No data may be transferred outside mainland China.
P:9.3 The Supplier shall notify the Buyer within six hours of any unauthorised access to or loss of data and shall bear the loss caused by incidents for which it is responsible.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information, including the locations of the culture areas, production figures and prices, and shall not disclose it without the other party's written consent during the Contract and for three years after its end.
H:Article 11 Intellectual Property
P:11.1 The Supplier keeps the intellectual property in its standard equipment firmware and software and grants the Buyer a perpetual licence to use them with the equipment.
P:11.2 Alarm rules, dashboards, reports and configurations made specifically for the Buyer belong to the Buyer, which may use and modify them freely and hand them to another service provider.
H:Article 12 Delay Penalties and Liability
P:12.1 If the Supplier delays delivery or installation for reasons attributable to it, it shall pay a penalty of 0.03 % of the Contract Price for each day of delay, up to 5 % of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for wilful misconduct, gross negligence and breach of Articles 9 and 10.
H:Article 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the works without the Buyer's prior written consent. Mooring work by a local marine-engineering company approved in writing by the Buyer is permitted.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the delay penalty reaches its maximum.
H:Article 15 Force Majeure
P:15.1 Typhoons, red tides and storm surges are force majeure events. Time limits are extended by the duration of the event, and the Supplier shall restore the network as soon as conditions permit.
H:Article 15A Notices and Language
P:15A.1 Notices under this Contract shall be in writing and delivered by hand, courier or e-mail to the addresses stated above. Technical communication with the Buyer's technicians shall be in Chinese; the Supplier shall provide an interpreter where needed at its own cost.
P:15A.2 Any change to the scope of supply, including additional buoys, shall be agreed in a written change order at the unit prices of Article 2.
H:Article 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou.
P:16.2 This Contract is made in Chinese and English; both versions are equally authentic.
P:Annex 1: Technical specifications and tolerances. Annex 2: Buoy positions.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- h161e04 (docx)
H161E04 = """
T:Managed IT and Desktop Support Services Agreement
P:Agreement reference: SMS/HF/2025/014
P:THIS AGREEMENT is entered into between STROMA MANAGED SERVICES LIMITED, a company incorporated in Scotland (company number SC771302) with its registered office at The Old Mill House, Stroma, Caithness, Scotland (the "Provider"), and HEFEI SHENGWEN INTELLIGENT TECHNOLOGY CO., LTD., a company incorporated in the People's Republic of China with its registered office at the Hefei High-tech Industrial Development Zone, Anhui Province (the "Customer").
P:WHEREAS the Customer develops speech-recognition and speech-synthesis technology and requires managed IT and desktop support services for its offices and engineering teams in Hefei, and the Provider has agreed to provide them through its wholly owned subsidiary in Hefei on the terms below. At the Customer's request all charges are expressed and payable in Chinese Renminbi (CNY).
H:Clause 1 Definitions
P:1.1 "Services" means the services described in Clause 2 and Schedule 1. "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under Clause 4. "Customer Data" means all data, including speech recordings, transcripts, training corpora, model files, source code and personal information, that the Provider or its personnel access, store or process in the course of the Services. "Term" means twenty-four (24) months from the Service Commencement Date.
H:Clause 2 Services
P:2.1 The Provider shall provide: (a) a bilingual service desk for 160 users by telephone, chat and ticket portal; (b) on-site desktop support at the Customer's two Hefei offices with two resident engineers on working days from 08:30 to 18:00; (c) management of laptops, workstations and GPU workstations, including imaging, patching, endpoint protection and asset records; (d) management of the office network, Wi-Fi, firewalls and VPN; (e) administration of the Customer's collaboration tools, e-mail and identity directory; and (f) monthly service reporting and quarterly service reviews.
P:2.2 The Services do not include the Customer's GPU training cluster, which is operated by the Customer's own platform team.
H:Clause 3 Charges and Payment
P:3.1 The charges are set out in the table below. All charges are inclusive of VAT.
TB:Charge|Basis|Amount (CNY)
TB:Transition and onboarding|one-time|58,000
TB:Service desk, 160 users|per month, 24 months x 21,500|516,000
TB:On-site desktop support, two resident engineers|per month, 24 months x 18,600|446,400
TB:Network and security management|per month, 24 months x 6,400|153,600
TB:Total Contract Value||1,174,000
P:3.2 The transition charge is invoiced after the Transition Acceptance Certificate has been signed. Monthly charges (CNY 46,500 per month in total) are invoiced monthly in arrears. No charges are payable in advance. The Customer shall pay each undisputed invoice within thirty days.
P:3.3 Users above 160 are charged at CNY 134 per user per month; the charges are otherwise fixed for the Term.
H:Clause 4 Transition and Acceptance
P:4.1 The Provider shall complete transition within forty-five days after signature of this Agreement. Transition includes discovery of all assets, documentation of the network, set-up of the service desk and knowledge base, and shadowing of the Customer's current IT staff.
P:4.2 Transition is accepted when: (a) the asset register is complete and reconciled with the Customer's purchase records; (b) network diagrams and runbooks for every critical system have been delivered and approved by the Customer; (c) the service desk has handled live tickets for ten working days and met the service levels of Clause 5; and (d) a restore test of the backup of the identity directory has succeeded.
P:4.3 The Customer shall sign a Transition Acceptance Certificate when the criteria are met. Start of the service desk or use of the Services does not of itself constitute acceptance.
P:4.4 If transition is not accepted by the date in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 1,000 for each day of delay.
H:Clause 5 Service Levels and Service Credits
P:5.1 Incidents are handled as follows:
TB:Priority|Definition|Response|Resolution
TB:P1|Office network, VPN or identity service down, or a security incident|15 minutes|6 hours
TB:P2|A team or key system impaired|1 hour|1 working day
TB:P3|Single user issue|2 hours|3 working days
P:5.2 The office network and VPN managed by the Provider shall achieve a monthly availability of 99.95 %, excluding agreed maintenance windows.
P:5.3 If a service level is missed in a month, the Provider shall credit the Customer: 2 % of the monthly charges for each P1 incident responded to or resolved late, 0.5 % for each late P2 incident, and 5 % for each full 0.1 percentage point by which availability falls short, up to 20 % of the monthly charges in total. Credits are without prejudice to the Customer's other rights.
H:Clause 5A Personnel and Governance
P:5A.1 The Provider shall appoint a service delivery manager who attends a monthly service review with the Customer's IT manager. Resident engineers shall speak Chinese, hold relevant vendor certifications and be vetted before assignment. The Provider shall not replace a resident engineer without giving the Customer ten working days' notice and a handover, except in case of illness or resignation.
P:5A.2 The Provider shall maintain the asset register and the knowledge base continuously, and shall present a quarterly improvement plan covering recurring incidents, patch compliance and user satisfaction.
H:Clause 6 Customer Data and Security
P:6.1 All Customer Data belongs to the Customer. The Provider shall access and process Customer Data only to the extent necessary to provide the Services and in accordance with the Customer's written instructions, and shall make no other use of it, whether in aggregated, anonymised or any other form.
P:6.2 The Provider shall comply with the Customer's information security policies and with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Provider personnel shall use named accounts with multi-factor authentication and privileged access management; administrative sessions are recorded. Provider personnel shall not copy speech data, corpora or model files to any device or service not approved by the Customer, and no Customer Data shall leave mainland China.
P:6.3 The Provider shall notify the Customer of any actual or suspected security incident involving Customer Data within two hours of becoming aware of it, shall assist with containment and investigation, and shall be liable for all losses, fines and costs resulting from an incident caused by the Provider or its personnel.
H:Clause 7 Confidentiality
P:7.1 Each party shall hold the other party's confidential information in confidence, use it only for this Agreement and not disclose it to any third party without prior written consent. The Provider's personnel shall sign individual confidentiality undertakings before being given access. This Clause survives for five years after termination.
H:Clause 8 Intellectual Property
P:8.1 Runbooks, scripts, configurations, network diagrams, knowledge-base articles and other materials produced by the Provider for the Customer under this Agreement belong to the Customer from creation, and the Customer may use, modify and pass them to any successor provider without restriction.
P:8.2 The Provider's pre-existing tools remain its property; the Provider grants the Customer a licence to use any of them that are embedded in the deliverables.
H:Clause 9 Subcontracting
P:9.1 The Services shall be performed by the Provider and its Hefei subsidiary named in Schedule 2, which the Customer approves by signing this Agreement. The Provider shall not subcontract any other part of the Services without the Customer's prior written consent, and remains responsible for all subcontractors.
H:Clause 10 Liability
P:10.1 The Provider's total aggregate liability under this Agreement shall not exceed 150 % of the Total Contract Value. The limit does not apply to breach of Clauses 6 or 7, to death or personal injury, or to fraud or wilful misconduct.
H:Clause 11 Term, Renewal and Termination
P:11.1 This Agreement runs for the Term. It does not renew automatically; any extension shall be agreed in writing by both parties, at charges to be agreed.
P:11.2 Either party may terminate this Agreement by written notice if the other commits a material breach which is not remedied within thirty days of written notice. The Customer may also terminate if the Provider misses the P1 resolution time three times in any period of three consecutive months.
P:11.3 On expiry or termination the Provider shall provide exit assistance for up to sixty days, return all Customer Data and credentials, and certify deletion of any copies.
H:Clause 11A Customer Responsibilities
P:11A.1 The Customer shall provide the resident engineers with desks, building passes and network access, name an IT manager as the single point of contact, and give the Provider reasonable notice of office moves, new starters and leavers so that devices and accounts can be prepared in time.
H:Clause 12 Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei under its rules then in force.
H:Clause 13 General
P:13.1 This Agreement, with Schedule 1 (Service Description) and Schedule 2 (Approved Subcontractor), is the entire agreement between the parties. Any variation must be in writing and signed by both parties.
P:Signed for Stroma Managed Services Limited: ____________________ Director
P:Signed for Hefei Shengwen Intelligent Technology Co., Ltd.: ____________________ Authorised Representative
"""

# ---------------------------------------------------------------- h161e05 (md)
H161E05 = """# PHYTOCERT API - SUBSCRIPTION AND INTEGRATION AGREEMENT

**Agreement No.** PTC-CN-2025-118

**Between**

**Polvese Trade Compliance S.r.l.**, with registered office at Località Isola Polvese, 06061 Castiglione del Lago (PG), Italy, VAT no. IT 03918270547, in the person of its managing director (the "**Provider**"),

**and**

**Lingbao Guoxiang Fruit Export Co., Ltd.**, with registered office in Lingbao, Sanmenxia, Henan Province, People's Republic of China, in the person of its legal representative (the "**Client**").

**Whereas**

- the Client grows, packs and exports fresh apples to Southeast Asia, the Middle East and Europe and must obtain a phytosanitary certificate for every consignment;
- the Provider operates "PhytoCert API", a cloud service that checks consignment data against importing-country phytosanitary requirements, pre-fills certificate applications for submission to the competent customs authority, tracks their status and archives the certificates;
- the Client wishes to subscribe to PhytoCert API and to have it integrated with its packing-house and export-documentation systems, with all amounts in Chinese Renminbi at the Client's request;

**the parties agree as follows.**

## Art. 1 (Recitals and annexes)

1.1 The recitals and the annexes form an integral part of this Agreement: Annex A (Service description), Annex B (Integration specification), Annex C (Service levels).

## Art. 2 (Object)

2.1 The Provider grants the Client access to PhytoCert API, Export Edition, for up to 4,000 consignments per year, including: the requirements database for the destination countries listed in Annex A; validation of orchard, packing-house and cold-store registration numbers; pre-filling of certificate applications; status tracking; archiving for five years; and a web console for eight users.

2.2 The Provider shall also carry out the integration services described in Annex B: connection of PhytoCert API to the Client's packing-house grading system and its export-documentation system, mapping of 46 data fields, test submissions and training.

## Art. 3 (Duration)

3.1 The subscription runs for three years from the Service Start Date, which is the date of the Integration Acceptance under Art. 6.

## Art. 4 (Fees)

4.1 The fees are as follows (VAT included):

| Item | Basis | Amount (CNY) |
|---|---|---|
| PhytoCert API subscription, Export Edition | CNY 168,000 per year x 3 years | 504,000 |
| Integration services (Annex B) | one-time | 86,000 |
| Training (console users and IT staff) | one-time | 10,000 |
| **Total** | | **600,000** |

4.2 Consignments in excess of 4,000 per year are charged at CNY 18 each at the end of the subscription year.

## Art. 5 (Invoicing and payment)

5.1 On signature of this Agreement the Provider shall invoice the integration fee, the training fee and the subscription fee for the first year (CNY 264,000 in total). The invoice is payable within fifteen days and in any case before the Provider starts the integration work.

5.2 The subscription fee for the second and third year is invoiced at the start of each subscription year and payable within thirty days.

5.3 Late payments bear interest at the one-year Loan Prime Rate published by the National Interbank Funding Center.

## Art. 6 (Integration and acceptance)

6.1 The Provider shall complete the integration within seventy-five days after receipt of the payment under Art. 5.1.

6.2 The integration is accepted when: (a) consignment data from the grading and documentation systems reach PhytoCert API without manual re-entry for all 46 mapped fields; (b) fifty test applications covering every destination country in Annex A are validated and pre-filled without error; (c) status updates are returned to the documentation system within fifteen minutes; and (d) the console users have been trained.

6.3 Acceptance is confirmed by an Integration Acceptance report signed by both parties. Use of the service for live consignments before the report is signed does not amount to acceptance.

6.4 If the integration is not ready for acceptance by the date in Art. 6.1 for reasons attributable to the Provider, the Provider shall pay a penalty of CNY 400 for each day of delay, up to CNY 20,000.

6.5 The Client shall make available a project contact, test access to its grading and documentation systems, sample consignment data and the users to be trained, and shall obtain from the competent customs office any registration the Client needs to submit applications electronically.

## Art. 7 (Service levels)

7.1 The Provider targets a monthly availability of PhytoCert API of 99.95 %, excluding planned maintenance announced forty-eight hours in advance.

7.2 Support is provided in English and Chinese. Critical incidents (API unavailable or certificates cannot be pre-filled) receive a first response within one hour, at all times; major incidents within six working hours; other requests within two working days.

7.3 The service levels in this Art. 7 are objectives that the Provider pursues with the diligence of a professional operator. Failure to meet them does not give rise to service credits, fee reductions, penalties or damages, and the Client's only remedy is to have the incident handled according to Art. 7.2.

## Art. 8 (Client data)

8.1 All data entered by or for the Client, including consignment, grower, orchard, packing-house and buyer data, and all certificates and applications, belong to the Client. The Provider processes them only to provide the service to the Client and shall not use them for any other purpose, including statistical, aggregated or anonymised use.

8.2 The service instance used by the Client is hosted in mainland China. The Provider shall not transfer Client data abroad.

## Art. 9 (Data security)

9.1 The Provider shall apply appropriate technical and organisational security measures, including encryption of data in transit and at rest, access on a need-to-know basis with two-factor authentication, logging of administrative access, daily backups and an annual penetration test, and shall comply with the PRC Data Security Law and Personal Information Protection Law.

9.2 The Provider shall notify the Client of any security incident affecting Client data within eight hours, cooperate in the response, and compensate the Client for the losses caused by an incident attributable to the Provider.

## Art. 10 (Confidentiality)

10.1 Each party shall treat as confidential the information received from the other party in connection with this Agreement, including prices, customers and export volumes, and shall not disclose it to third parties without the other party's written consent, during the Agreement and for three years after its end.

## Art. 11 (Intellectual property)

11.1 PhytoCert API, its requirements database and software remain the exclusive property of the Provider.

11.2 The field mappings, adapters and scripts developed for the Client under Annex B belong to the Client, which may use, modify and license them freely, also through third parties.

11.3 The Provider warrants that the integration deliverables do not infringe third-party rights and shall hold the Client harmless from any claim alleging such infringement, including costs of defence.

11.4 On request the Provider shall deliver the source code of the adapters and scripts referred to in Art. 11.2 with technical documentation sufficient for a competent programmer to maintain them.

## Art. 12 (Tacit renewal)

12.1 At the end of the initial three-year term the subscription is renewed tacitly for successive periods of one year unless either party terminates it by registered letter or e-mail at least ninety days before expiry.

12.2 For each renewal period the Provider may increase the annual subscription fee by up to 6 % by giving notice sixty days before the renewal date; the Client's acceptance is not required.

## Art. 13 (Subcontracting)

13.1 The Provider shall not subcontract the integration services or the operation of the service without the Client's prior written consent. The hosting provider named in Annex A is approved by signature of this Agreement.

## Art. 14 (Liability)

14.1 The Provider's total liability under this Agreement is limited to 150 % of the total amount in Art. 4.1, except for wilful misconduct, gross negligence and breach of Art. 8, 9 and 10.

## Art. 15 (Termination for breach)

15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days of a written demand. On termination by the Client for breach the Provider shall refund the subscription fees paid for the period after termination.

## Art. 15-bis (Force majeure)

15-bis.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, acts of authority or failures of the public telecommunications network, provided it notifies the other party promptly and takes reasonable steps to limit the consequences. Changes in importing-country requirements are not force majeure: the Provider shall update the requirements database within five working days of their official publication.

## Art. 16 (Applicable law and disputes)

16.1 At the Client's request, this Agreement is governed by the laws of the People's Republic of China.

16.2 Any dispute shall be submitted to the Sanmenxia Arbitration Commission for arbitration in Sanmenxia.

## Art. 17 (Final provisions)

17.1 Amendments are valid only in writing. This Agreement is made in English and Chinese; in case of discrepancy the Chinese version prevails.

Castiglione del Lago / Lingbao, ____________ 2025

For the Provider: ______________________

For the Client: ______________________
"""

TEXT = {"h161z03": ("h161z03_physio_chain_booking_saas_three_years.md", H161Z03),
        "h161z04": ("h161z04_county_forestry_linzhang_platform_annual_om.txt", H161Z04),
        "h161z05": ("h161z05_mungbean_cake_erp_supplier_template.md", H161Z05),
        "h161e01": ("h161e01_sink_maker_configurator_licence_irish_vendor.txt", H161E01),
        "h161e02": ("h161e02_cycling_tours_booking_saas_order_form.txt", H161E02),
        "h161e05": ("h161e05_apple_exporter_phytocert_api_subscription.md", H161E05)}
SOURCES = {"h161z01": H161Z01, "h161z02": H161Z02, "h161e03": H161E03, "h161e04": H161E04}
TARGETS = {"h161z01": ("h161z01_city_lifeline_monitoring_platform_integration.docx", "docx"),
           "h161z02": ("h161z02_separator_slitting_inspection_system_supply.pdf", "pdf"),
           "h161e03": ("h161e03_oyster_cooperative_seawater_sensors_maintenance.pdf", "pdf"),
           "h161e04": ("h161e04_speech_startup_managed_it_desktop_support.docx", "docx")}

if __name__ == "__main__":
    for key, (name, text) in TEXT.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
