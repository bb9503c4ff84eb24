"""Builds the ten holdout207 contracts from the sources kept in this file.

Run with /work/main/.venv/bin/python make_files.py. The .md and .txt contracts are written as they stand below
(PLAIN); the two .docx (real Word price tables) and the two .pdf are built with ../word_pdf.py from the markup in
SOURCES (T: title, H: heading, P: paragraph, TB: table row), PDFs broken at word boundaries (wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h207z01 — 市消防救援支队 智慧消防物联网平台 (政府采购 公开招标, buyer's paper), .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H207Z01 = """
T:滨江市消防救援支队智慧消防物联网平台建设项目合同
P:合同编号：BJXF-ZB-2025-017
P:采购方式：公开招标（招标编号：BJCG2025-G-0386）
P:甲方（采购人）：滨江市消防救援支队
P:住所：滨江市江宁路88号
P:乙方（供应商）：华信安消物联科技有限公司
P:住所：江州市高新区创业大道216号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设智慧消防物联网平台，包括平台软件供货及许可、前端感知设备供货与安装、定制开发、系统集成、人员培训以及质保期内的运维服务，覆盖全市消防安全重点单位、九小场所和老旧小区。
P:1.2 建设内容以招标文件第三章《采购需求》及乙方投标文件的技术响应为准；二者不一致的，以对甲方更有利者为准。
P:1.3 平台部署于滨江市政务云，乙方不得将平台或平台数据部署、备份于政务云以外的任何环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰贰拾伍万元整（¥3,250,000.00），为固定总价，包含设备、软件、运输、保险、安装、调试、开发、集成、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|物联网平台软件许可（含一张图、预警处置、维保监管模块，永久许可）|1套|860,000|860,000
TB:2|独立式智能烟感探测器（NB-IoT）|3,200只|168|537,600
TB:3|电气火灾监控探测器|420台|1,150|483,000
TB:4|消防水压/液位监测终端|260台|1,380|358,800
TB:5|物联网边缘网关|60台|4,600|276,000
TB:|软硬件小计|||2,515,400
TB:6|定制开发（对接119接处警系统、社会单位消防安全管理平台，移动端应用）|1项|468,000|468,000
TB:7|安装调试及系统集成|1项|236,600|236,600
TB:8|培训|1项|30,000|30,000
TB:|合计|||3,250,000
P:2.2 除本合同另有约定外，甲方无需就本项目向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币650,000元。
P:3.2 全部设备安装完毕、平台上线并通过初步验收后15个工作日内，甲方支付合同总价的45%，即人民币1,462,500元。
P:3.3 试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币1,137,500元。
P:3.4 乙方每次请款前应向甲方开具合法有效的等额发票。
H:第四条 交付与实施
P:4.1 乙方应于合同生效后90日内完成全部设备供货、安装和平台部署，于合同生效后120日内完成定制开发和系统集成并提请初步验收。
P:4.2 乙方应在合同生效后10日内提交实施方案，经甲方书面确认后执行。设备到货时由双方共同开箱清点，到货签收仅表明数量和外观相符，不构成验收。
P:4.3 前端设备安装于社会单位场所的，由甲方协调进场，乙方对施工造成的损坏负责修复。
H:第五条 验收
P:5.1 初步验收标准：（1）设备品牌、型号、数量与投标文件一致；（2）每台前端设备均完成报警联动测试，报警信息推送至平台及责任人手机的时延不超过10秒；（3）与119接处警系统、社会单位消防安全管理平台的接口联调通过，数据双向一致；（4）平台功能逐项符合采购需求清单；（5）平台通过第三方网络安全等级保护三级测评。
P:5.2 初步验收合格后进入为期60日的试运行期。试运行期内未发生一级故障且遗留问题全部整改完毕的，甲方组织最终验收，必要时邀请专家参加。
P:5.3 验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。设备到货、安装、平台上线运行或甲方付款均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年（36个月），自最终验收合格之日起计算。质保期内乙方免费提供维修、更换、软件升级及季度巡检服务；更换的设备自更换之日起重新计算质保期。
P:6.2 服务水平：平台月可用率不低于99.95%（经甲方同意的计划停机除外）。故障分级及响应要求：一级故障（平台整体不可用、报警无法推送）30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能或部分区域设备异常）1小时内响应，24小时内解决；三级故障（一般问题）次工作日内解决。
P:6.3 乙方未达到上述要求的，一级故障每超时1小时按人民币1,000元、二级故障每超时1小时按人民币300元向甲方支付违约金；平台月可用率每低于承诺值0.01个百分点，乙方支付违约金人民币2,000元。上述款项甲方可从应付款中直接扣除。
P:6.4 质保期满后如甲方需要，双方另行签订维保合同。维保服务年费不超过软硬件小计的8%（即每年不超过人民币201,232元），且自质保期满起三年内不上调。维保合同不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件、接口程序、源代码、数据库设计及技术文档，其知识产权归甲方所有。乙方应在最终验收前向甲方完整移交源代码及文档，甲方有权自行或委托第三方修改、使用和后续开发。
P:7.2 乙方原有平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其下属消防救援大队、站。
H:第八条 数据安全
P:8.1 平台采集和产生的全部数据（包括设备数据、报警记录、单位及人员信息、处置记录）归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应按照《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护三级要求履行数据安全义务，包括访问权限最小化、传输和存储加密、操作日志留存不少于六个月，所有运维操作均通过甲方堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取处置措施，并在2小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的损失（包括第三方索赔及监管处罚）。
P:8.4 合同终止或履行完毕时，乙方应将其持有的全部数据返还甲方并彻底删除副本，出具书面确认。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、重点单位信息、消防设施分布、网络结构及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同的终止而解除。乙方应确保参与本项目的人员签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合合同约定的，甲方有权要求更换或整改，因此造成的损失由乙方承担。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包与转包
P:乙方不得转包本项目，也不得将本项目的任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）乙方严重违约，经甲方书面催告后15日内仍未改正；（2）逾期交付超过60日；（3）乙方转包或分包。
P:12.2 合同解除后，乙方应退还已收取的预付款，并赔偿甲方因此遭受的损失。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在3日内通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨江市消防救援支队　　乙方（盖章）：华信安消物联科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h207z02 — 铝型材厂 型材尺寸在线测量系统 (hardware supply + post-warranty maintenance), .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H207Z02 = """
T:型材尺寸在线测量系统采购合同
P:合同编号：HT-SB-2025-0612
P:甲方（买方）：肇庆鸿拓铝型材有限公司
P:地址：肇庆市高要区金利镇工业大道9号
P:乙方（卖方）：深圳精测光电科技有限公司
P:地址：深圳市南山区科苑南路3099号
P:甲方为提高铝合金挤压型材的尺寸检测效率和准确性，向乙方采购型材尺寸在线测量系统，并约定质保期满后的维保服务。双方依据《中华人民共和国民法典》，经友好协商，签订本合同。
H:一、供货范围与价格
P:（一）乙方为甲方六条挤压生产线（1#至6#线）各提供一套型材尺寸在线激光测量系统，在牵引机后在线全检型材截面尺寸、壁厚、平面度和角度，超差自动报警并标记，测量结果与甲方 MES 系统对接。
P:（二）合同价格明细：
P:1. 激光轮廓测量头（四探头环形布置）6套，单价186,000元，金额1,116,000元；
P:2. 测量控制柜及工控机6套，单价42,500元，金额255,000元；
P:3. 编码器及在线测速单元6套，单价9,800元，金额58,800元；
P:4. 测量软件V3许可（含SPC统计模块，永久许可）6套，单价28,000元，金额168,000元；
P:以上硬件及软件小计1,597,800元。
P:5. 安装、标定及MES对接，金额146,200元；
P:6. 操作及维护培训，金额16,000元。
P:（三）合同总价为人民币壹佰柒拾陆万元整（¥1,760,000），含增值税、运输、保险、安装、标定及质保期内服务费用。质保期满后的维保服务费按本合同第七部分另行计付，不计入合同总价。
H:二、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%，即176,000元。
P:（二）全部设备到货并经甲方签收后15个工作日内，甲方支付合同总价的55%，即968,000元。到货签收不代表验收合格。
P:（三）系统最终验收合格后15个工作日内，甲方支付合同总价的35%，即616,000元。
P:（四）乙方应在每笔付款前开具等额增值税专用发票。
H:三、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方工厂，并在到货后30日内完成安装、标定和MES对接。安装须在甲方安排的停线窗口内进行，每条生产线停线时间不超过36小时。
P:（二）乙方现场人员应遵守甲方安全生产管理规定，在挤压机、牵引机和锯床附近作业须办理作业许可。
P:（三）设备毁损、灭失的风险自最终验收合格时转移至甲方。
P:（四）乙方应在安装完成后对甲方操作人员和设备维护人员进行培训，内容包括测量原理、型材模板建立、日常清洁与点检、常见报警处理，培训不少于三期，每期两天，并提供中文培训教材。
P:（五）乙方保证在设备停产后八年内继续供应备品备件，备件价格不高于本合同附件所列单价。
H:四、验收
P:（一）安装标定完成后，双方按以下标准进行验收：
P:1. 测量重复性：对甲方指定的20种典型型材，同一截面连续测量30次，关键尺寸重复性不大于0.02 mm；
P:2. 测量准确度：与甲方计量室三坐标测量结果比对，偏差不大于±0.04 mm；
P:3. 挤压速度在每分钟5米至60米范围内均能稳定测量，超差报警时间不超过1秒；
P:4. 测量数据按件号实时上传MES，连续72小时运行无数据丢失、无宕机；
P:5. 技术文件、标定证书和操作手册齐全。
P:（二）以上标准全部满足后，双方签署最终验收证书。不满足的，乙方应在15日内整改并重新验收，费用由乙方承担。设备到货、安装完毕或投入生产使用均不视为验收合格。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及上门服务全部免费。
P:（二）质保期内乙方每季度对测量头进行一次现场校准，并出具校准报告。
H:六、售后服务水平
P:（一）故障分级：一级故障指任一条生产线的测量系统停止工作或数据无法上传；二级故障指部分功能异常但仍可测量；三级故障指一般咨询和使用问题。
P:（二）一级故障：乙方在接到通知后1小时内远程响应，8小时内到达现场，24小时内恢复；二级故障：2小时内响应，48小时内解决；三级故障：次工作日内答复。
P:（三）乙方超出上述时限的，一级故障每超时1小时向甲方支付违约金500元，二级故障每超时1小时支付200元，甲方可从应付款或维保费中扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按甲方要求继续提供三年维保服务，内容包括备件更换、季度校准、软件升级、远程支持，服务水平与本合同第六部分相同。
P:（二）维保服务年费按硬件及软件小计的18%计取，即每年287,604元，三年内固定不变，按季度于每季度末支付。
P:（三）维保期内的易损件（保护窗口玻璃、防尘风刀滤芯）按乙方投标报价单所列单价供应。
H:八、知识产权
P:（一）测量软件的著作权归乙方所有，乙方授予甲方在本合同设备上永久使用的许可。
P:（二）乙方为甲方开发的MES对接程序、定制报表及型材模板库，其知识产权归甲方所有。乙方应交付源代码和说明文档，甲方可自行修改、使用或委托第三方维护。
H:九、数据与信息安全
P:（一）测量数据、型材图纸、模具信息和生产工艺参数均归甲方所有，乙方仅可为履行本合同使用，不得复制、保存或向第三方提供。
P:（二）远程维护须经甲方逐次审批，通过甲方提供的VPN账号进行，维护结束后账号即行关闭；乙方不得在设备中预留远程通道或后门程序。
P:（三）乙方人员应接受甲方的信息安全培训。因乙方原因造成数据泄露、丢失或生产系统遭受攻击的，乙方应在发现后2小时内通知甲方，采取补救措施，并赔偿甲方全部损失。
H:十、保密
P:乙方对在履行本合同中知悉的甲方图纸、模具、工艺、客户及价格信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后五年内继续有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）乙方逾期超过45日的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十二、分包
P:未经甲方书面同意，乙方不得将本合同项下的安装或维保工作分包给第三方。经同意分包的，乙方对分包方的行为承担连带责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:十四、不可抗力
P:因地震、台风、洪水等不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，双方协商延期或解除合同。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交肇庆仲裁委员会仲裁。
H:十六、其他
P:本合同附件（技术协议、设备清单、易损件报价单）与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：肇庆鸿拓铝型材有限公司　　乙方（盖章）：深圳精测光电科技有限公司
P:授权代表：__________　　授权代表：__________
"""

# ---------------------------------------------------------------------------------------------------------------
# h207z03 — 棋院连锁 排课与家校沟通 SaaS (three years + 实施), .md, Markdown headings + 1.1
# ---------------------------------------------------------------------------------------------------------------
H207Z03 = """# 排课与家校沟通云平台服务合同

**合同编号**：YD-IT-2025-031

**甲方（客户）**：杭州弈道棋院教育科技有限公司
地址：杭州市西湖区文三路478号

**乙方（服务商）**：上海课云信息技术有限公司
地址：上海市闵行区紫星路588号

鉴于甲方在杭州、绍兴、嘉兴三地经营22个棋类培训校区（围棋、国际象棋、中国象棋），需要统一的排课、考勤、课消和家校沟通系统；乙方提供"课云"SaaS平台服务及实施服务。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 订阅服务：乙方向甲方开通"课云"平台企业版，功能包括排课（教室、教练、班型及棋力等级冲突校验）、考勤签到、课时扣减、续费提醒、家长端小程序（课表、课后点评、棋谱作业、等级考试报名）以及校区经营报表。

1.2 订阅规模：22个校区，教练及教务账号不超过180个，在读学员不超过6,000人。甲方新增校区的，按每校区每年8,500元另行增购，增购费用不计入本合同总价。

1.3 实施服务：历史学员、合同与剩余课时数据迁移，排课规则配置，家长端小程序品牌定制（甲方名称、标识、配色），管理员及教练培训。

1.4 服务期：订阅服务期为三年，自上线验收通过之日起算。

## 2. 费用

| 项目 | 金额（元） | 说明 |
|---|---|---|
| 订阅费（第一服务年度） | 186,000 | 22个校区 |
| 订阅费（第二服务年度） | 186,000 | 22个校区 |
| 订阅费（第三服务年度） | 186,000 | 22个校区 |
| 实施费 | 74,000 | 一次性 |
| 合计 | 632,000 | 含增值税 |

## 3. 付款

3.1 本合同不设预付款。

3.2 实施费在上线验收通过后15个工作日内一次性支付。

3.3 订阅费按季度支付，每季度46,500元，于每个服务季度结束后15个工作日内支付。乙方应在付款前开具增值税发票。

## 4. 实施与上线验收

4.1 乙方应在合同签订后45日内完成实施并提请上线验收。

4.2 上线验收标准：（1）迁移数据抽样核对，每个校区抽查50名学员的剩余课时和合同金额，与原系统记录一致；（2）甲方提供的26条排课规则（教练同时段冲突、教室容量、班型与棋力等级匹配等）全部测试通过；（3）家长端测试消息全部送达，课表变更通知在5分钟内送达；（4）管理员和教练培训完成。

4.3 全部标准满足后，甲方签署上线验收单。乙方开通账号或甲方开始使用平台均不视为验收通过。

4.4 因乙方原因未能在约定期限内通过上线验收的，每逾期一日，乙方向甲方支付违约金人民币400元。

## 5. 服务支持与甲方配合

5.1 乙方为甲方指定专属客户成功经理一名，提供电话、在线客服和工单三种支持渠道；每季度与甲方召开一次服务回顾会，通报可用率、故障和优化建议。甲方应指定项目负责人，按实施计划提供历史数据和排课规则，并组织各校区教务人员参加培训。平台版本更新时，乙方应提前7日通知甲方更新内容；涉及家长端界面的重大变更，应提供操作指引。

## 6. 服务水平

6.1 平台月可用率不低于99.5%。计划维护须提前3日通知甲方，并安排在22:00至次日7:00之间。

6.2 故障响应：一级故障（平台或家长端无法登录、排课或签到功能不可用）30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，次日内解决；三级故障3个工作日内解决。

6.3 服务补偿：月可用率低于承诺值的，每低0.1个百分点，减免当月订阅费的5%；一级故障恢复每超时1小时，减免当月订阅费的2%。减免金额从下一期订阅费中扣除。

## 7. 数据

7.1 甲方及其学员、家长在平台上录入和产生的数据（包括学员姓名、年龄、联系方式、课时、对局棋谱、考勤记录）归甲方所有。

7.2 乙方应采取加密存储、访问控制、操作日志审计等措施保护数据安全；平台已通过网络安全等级保护三级测评，数据存储于中国境内。学员多为未成年人，乙方应按照《中华人民共和国未成年人保护法》《中华人民共和国个人信息保护法》的要求处理其个人信息。

7.3 发生数据泄露等安全事件的，乙方应在发现后6小时内通知甲方并采取补救措施；因乙方原因导致的安全事件，乙方承担赔偿责任。

7.4 甲方同意，乙方可对平台上的甲方数据进行去标识化处理后，用于产品功能优化、算法模型训练以及发布行业研究报告，该等使用在本合同终止后仍可继续。

7.5 合同终止后30日内，乙方应以通用格式向甲方导出全部数据，并在甲方确认后予以删除。

## 8. 知识产权

8.1 "课云"平台软件的知识产权归乙方所有。

8.2 乙方为甲方定制的小程序界面设计、排课规则配置和数据迁移脚本归甲方所有，甲方可自由使用、修改并交由第三方使用。

8.3 乙方保证平台及其交付物不侵犯任何第三方的知识产权；因侵权引起的索赔由乙方负责处理，并赔偿甲方因此遭受的损失。

## 9. 保密

9.1 双方对在履行本合同中知悉的对方商业秘密、经营数据、收费标准及学员信息负有保密义务，未经对方书面同意不得向第三方披露。

9.2 保密义务在本合同终止后三年内持续有效。

## 10. 违约与责任限额

10.1 任何一方违反本合同的，应赔偿对方因此遭受的损失。

10.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但数据安全事件、侵犯知识产权以及故意或重大过失造成的损失不受此限。

## 11. 续期

11.1 服务期届满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。

11.2 续期时乙方有权调整订阅费，调整幅度不超过上一服务年度订阅费的8%，并应在续期前30日书面通知甲方。

## 12. 分包

乙方使用的云基础设施服务商（阿里云计算有限公司）和短信通道服务商（名称列于附件二）在本合同签署时即经甲方认可；除此之外，乙方将本合同项下任何服务分包给第三方的，须事先取得甲方书面同意。

## 13. 合同解除

13.1 一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权书面通知解除合同。

13.2 平台连续两个月未达到第6.1条的可用率承诺，或发生因乙方原因导致的重大数据安全事件的，甲方有权立即解除合同，且无需支付解除之后期间的订阅费。

## 14. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 15. 其他

本合同附件一《功能清单》、附件二《服务商清单》为本合同组成部分。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：杭州弈道棋院教育科技有限公司　　乙方（盖章）：上海课云信息技术有限公司

授权代表：__________　　授权代表：__________
"""

# ---------------------------------------------------------------------------------------------------------------
# h207z04 — 街道办事处 网格化社会治理平台 年度运维 (政府采购 竞争性磋商), .txt, 第X条 + （一）
# ---------------------------------------------------------------------------------------------------------------
H207Z04 = """望江街道网格化社会治理平台运维服务合同

项目名称：望江街道网格化社会治理平台2025—2026年度运维服务
采购方式：竞争性磋商（项目编号：LHCG-2025-C-0147）
合同编号：WJJD-YW-2025-06

甲方（采购人）：江州市临湖区人民政府望江街道办事处
地址：江州市临湖区望江路120号
乙方（供应商）：江州数治信息技术有限公司
地址：江州市高新区数智港B座11层

根据《中华人民共和国政府采购法》及其实施条例、本项目磋商文件、乙方响应文件和成交通知书，双方经协商一致，签订本合同。

第一条 服务内容
（一）平台运维：对甲方网格化社会治理平台（含指挥调度中心大屏、事件流转子系统、人口房屋基础库、网格员移动端及12345工单对接接口）提供日常巡检、故障处理、性能优化、数据备份和版本升级服务。
（二）驻场服务：乙方派驻2名运维工程师在街道综治中心驻场，工作日8:30至17:30在岗；重大活动、防汛防台期间按甲方要求延长在岗时间。
（三）终端维护：对260台网格员巡查手机进行系统维护、应用更新，并协调故障终端的维修更换。
（四）安全运维：每季度开展一次漏洞扫描和安全基线核查，配合甲方完成本年度网络安全等级保护测评及整改。
（五）数据治理：每季度对人口、房屋、单位基础数据进行清洗比对，配合区级平台的数据共享交换。
（六）服务期：自2025年7月1日起至2026年6月30日止。

第二条 服务费用
（一）本合同总价为人民币陆拾肆万叁仟元整（¥643,000），明细如下：驻场运维服务312,000元；平台软件维护及版本升级146,000元；网格终端维护52,000元；安全运维88,000元；数据治理45,000元。
（二）合同总价为固定价格，包含人员、工具、备件协调、差旅、税费等全部费用。

第三条 付款方式
（一）本合同无预付款。
（二）服务费按季度支付。每个服务季度期满并经甲方季度考核后15个工作日内，甲方支付当季服务费160,750元（合同总价的25%），依第五条、第七条应扣减的款项从中扣除。
（三）乙方应在每次付款前向甲方开具合法有效的发票。

第四条 服务要求与服务水平
（一）故障分级：一级故障指平台整体不可用、事件上报或派单功能中断、指挥中心大屏无法显示；二级故障指部分模块或部分网格的功能异常；三级故障指一般性问题和使用咨询。
（二）响应时限：一级故障，乙方在接报后6小时内响应并到场处置，12小时内恢复；二级故障，8小时内响应，2个工作日内解决；三级故障，3个工作日内解决。上述时限在非驻场时段同样适用。
（三）乙方应于每月5日前提交上月运维报告，内容包括巡检记录、故障处理、数据备份和安全事件情况。
（四）重大活动保障期间，乙方应安排专人值守，保证指挥调度中心正常运行。乙方应在合同签订后15日内提交运维方案和应急预案，每半年组织一次平台故障应急演练，演练记录报甲方备案。
（五）人员要求：驻场工程师应具有三年以上政务信息系统运维经验，其中至少一人持有信息安全相关资格证书。乙方更换驻场人员须提前10日书面告知甲方并经甲方同意，新人员的资质不得低于原人员，并完成工作交接。
（六）甲方应为驻场人员提供必要的办公场所、网络接入和堡垒机账号，及时提供运维所需的系统资料，并指定一名联系人负责日常协调和考核工作。

第五条 考核与验收
（一）甲方按附件《运维服务考核细则》每季度进行考核，考核项目包括故障响应及时性、巡检完成情况、报告提交、驻场出勤和用户满意度，满分100分。
（二）季度考核得分85分及以上的，全额支付当季服务费；75分及以上不足85分的，扣减当季服务费的5%；低于75分的，扣减当季服务费的10%，并由乙方限期整改。
（三）服务期满前30日，甲方组织年度验收。验收标准为：四次季度考核得分均不低于75分；附件约定的版本升级、等保整改配合和数据治理专项任务全部完成；运维文档、配置清单和账号口令全部移交；数据完整性核查通过。年度验收合格后，甲方出具验收报告。

第六条 专项任务逾期
乙方未按附件约定的期限完成平台版本升级、等保整改配合或数据治理专项任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第七条 服务水平违约
一级故障每超过响应或恢复时限1小时，扣减服务费500元；二级故障每超时1小时，扣减服务费200元；驻场人员无故缺勤的，每人每日扣减服务费800元。

第八条 数据安全
（一）平台中的人口、房屋、单位、事件及网格员轨迹等全部数据归甲方所有。乙方仅可为履行运维义务在甲方授权范围内访问，不得下载、复制、留存或向任何第三方提供，不得用于其他任何目的。
（二）乙方的运维操作须通过甲方堡垒机进行，实行专人专账号，禁止使用个人存储介质；发现安全漏洞或安全事件的，应在2小时内报告甲方并采取处置措施。
（三）因乙方原因造成数据泄露、篡改或丢失的，乙方应立即采取补救措施，承担由此引起的法律责任，并赔偿甲方及相关个人的损失。
（四）服务期满或合同解除时，乙方应删除其因运维而临时持有的全部数据，并书面确认。

第九条 保密
乙方及其驻场人员对在服务过程中知悉的居民个人信息、社会治理事件、网络结构和其他工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。驻场人员上岗前应签署保密承诺书。保密义务不因合同终止而解除。

第十条 知识产权
乙方在运维过程中为甲方编写的脚本、报表、数据治理规则、运维文档和配置清单，其知识产权归甲方所有，甲方可自由使用、修改并交由其他服务商使用。乙方使用的运维工具软件应为正版，因乙方使用侵权软件引起的责任由乙方承担。

第十一条 责任限额
本合同项下乙方的累计赔偿责任（含违约金和扣减的服务费）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。

第十二条 分包与转包
乙方不得将本合同项下的服务分包或转包给第三方。

第十三条 合同解除
（一）乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同。
（二）乙方连续两个季度考核低于75分，或发生因乙方原因导致的数据泄露事件的，甲方有权解除合同并要求乙方赔偿损失。

第十四条 服务期满与交接
本合同于服务期满时终止，不自动续期。甲方依法重新组织采购的，乙方应配合新服务商完成交接，交接期不超过30日，且不另收费用。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
磋商文件、响应文件、成交通知书及《运维服务考核细则》为本合同的组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：江州市临湖区人民政府望江街道办事处
乙方（盖章）：江州数治信息技术有限公司
签订日期：2025年6月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# h207z05 — 粉丝生产企业 ERP 许可 + 定制开发 (the supplier's own template), .md, 第X章 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H207Z05 = """# 云筹ERP软件许可及实施服务合同

> 云筹软件标准合同文本 V5.0（2024版）　本文本由乙方提供

**合同编号**：YC-2025-SD-0418

**甲方（客户）**：招远丰瑞粉丝食品有限公司　地址：山东省招远市金岭镇工业园8号

**乙方（服务商）**：青岛云筹软件有限公司　地址：青岛市崂山区株洲路151号

甲方因经营管理需要，购买乙方"云筹ERP"软件使用许可，并委托乙方提供实施及定制开发服务。双方依据《中华人民共和国民法典》，就有关事项达成如下协议。

### 第一章 总则

1.1 本合同项下的软件产品为"云筹ERP"V8（以下简称"软件"），包括财务、供应链、生产制造、质量追溯模块。

1.2 附件一《报价单》、附件二《实施范围说明书》为本合同组成部分。附件与正文不一致的，以正文为准。

1.3 软件许可范围：乙方授予甲方在其招远厂区内使用软件的非独占、不可转让的永久许可，并发用户数为50个。甲方增加用户或模块的，按乙方届时报价另行采购。甲方不得将软件出租、出借或提供给其关联公司使用。

1.4 软件部署于甲方自有服务器。服务器、操作系统、数据库软件及网络环境由甲方自行采购并负责维护，其配置应符合乙方提出的最低要求。

### 第二章 合同金额

2.1 合同金额明细（报价单）：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 云筹ERP软件许可（财务、供应链、生产制造、质量追溯模块，永久许可） | 50用户 | 420,000 |
| 2 | 定制开发（粉丝生产工艺批次追溯、经销商订单门户、电子秤称重数据对接） | 1项 | 286,000 |
| 3 | 实施服务（蓝图设计、数据初始化、上线支持） | 1项 | 138,000 |
| 4 | 培训 | 1项 | 16,000 |
| | 合计 | | 860,000 |

2.2 合同总价为人民币捌拾陆万元整（¥860,000），含增值税。实施范围以外的需求，乙方按每人每天2,800元另行报价。

### 第三章 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即473,000元。乙方收到该款项后启动项目。

3.2 系统上线后10个工作日内，甲方向乙方支付合同总价的45%，即387,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施或维护服务。

### 第四章 实施与交付

4.1 项目进度以双方确认的《项目实施计划》为准，乙方预计在合同生效后120日内完成系统上线。定制开发内容以附件二为准。

4.2 因甲方原因（需求变更、基础数据准备不及时、关键用户配合不到位等）导致延期的，工期相应顺延，乙方不承担责任。

4.3 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

4.4 甲方应指定项目经理及各模块关键用户，按乙方要求提供物料编码、配方、BOM、客户及供应商档案、期初库存等基础数据，并对数据的准确性负责。甲方应在乙方提交蓝图方案后5个工作日内确认，逾期未确认的视为同意。

4.5 乙方为甲方关键用户提供集中培训两期，内容包括系统操作、日常维护和常见问题处理。培训结束后，甲方人员应能够独立完成日常业务操作。

### 第五章 验收

5.1 系统上线运行即视为甲方验收合格。上线后甲方发现的问题，由乙方在维护服务中处理。

5.2 甲方在上线前使用系统处理实际业务的，自使用之日起视为验收合格。

### 第六章 维护服务

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方提供远程技术支持。故障响应：一级故障（系统无法登录或核心业务无法处理）乙方在接到甲方报障后24小时内响应；二级故障在3个工作日内响应；其他问题在版本更新中统一处理。

6.3 乙方将尽合理努力解决故障，但不承诺解决时限；乙方对故障及响应延误不承担扣款、赔偿或违约金。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，年度维护费按乙方当年公布的服务价格标准执行。

6.5 现场服务按每人每天2,800元另行收费，差旅费由甲方承担。

### 第七章 知识产权

7.1 软件及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、报表、接口程序及相关源代码和文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或交由第三方使用。

7.3 乙方有权将定制开发成果纳入乙方标准产品，向其他客户提供。

### 第八章 数据

8.1 甲方在系统中录入的业务数据归甲方所有。

8.2 乙方在实施和维护中接触甲方数据的，应采取必要的安全措施，防止数据泄露、丢失或被篡改；发生数据安全事件的，乙方应在知悉后及时通知甲方；因乙方过错导致数据泄露的，乙方承担相应的赔偿责任。

8.3 甲方同意，乙方可将甲方业务数据进行脱敏处理后，用于乙方产品改进、行业分析和大数据服务。

### 第九章 保密

9.1 双方对在合作中知悉的对方商业秘密（包括配方、工艺、客户、价格信息）负有保密义务，未经对方书面同意不得向第三方披露。

9.2 保密期限至本合同终止后三年。

### 第十章 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过人民币壹拾万元（¥100,000）。乙方对间接损失、利润损失不承担责任。

### 第十一章 合同解除

11.1 一方严重违约，且在收到对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

11.2 合同解除的，甲方已支付的软件许可费不予退还。

### 第十二章 不可抗力

12.1 因不可抗力导致不能履行合同的，受影响方不承担责任，但应及时通知对方，并在不可抗力消除后尽快恢复履行。

12.2 因电力中断、网络故障、第三方软硬件缺陷或甲方服务器故障导致系统不能正常运行的，乙方不承担责任。

### 第十三章 争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

### 第十四章 其他

14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.2 本合同为乙方标准文本，甲方确认已阅读并理解全部条款。

甲方（盖章）：招远丰瑞粉丝食品有限公司　　乙方（盖章）：青岛云筹软件有限公司

授权代表：__________　　授权代表：__________

日期：______年___月___日
"""

# ---------------------------------------------------------------------------------------------------------------
# h207e01 — Foshan ceramic-sink maker: glaze-spraying robot programming software, perpetual licence +
# configuration + support; vendor on Eilean Mhic Coinnich (Scottish style), .pdf, "N. HEADING" + 1.1
# ---------------------------------------------------------------------------------------------------------------
H207E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:Agreement No. LIRS/FS/2025/014
P:BETWEEN
P:LOCH INDAAL ROBOTICS SOFTWARE LIMITED, a company incorporated under the Companies Acts in Scotland with registered number SC614207 and having its registered office at The Old Boathouse, Eilean Mhic Coinnich, Isle of Islay, Argyll, Scotland (the "Licensor");
P:AND
P:FOSHAN NANHAI JINGCI SANITARY WARE CO., LTD., a company established under the laws of the People's Republic of China and having its registered address at No. 18 Xingye Road, Shishan Town, Nanhai District, Foshan, Guangdong Province (the "Licensee").
P:CONSIDERING THAT the Licensor licenses GlazePath, an offline programming system for glaze-spraying robots, and that the Licensee, a maker of ceramic sinks, wishes to use it at its Shishan plant, the parties have agreed as follows.
H:1. DEFINITIONS AND INTERPRETATION
P:1.1 In this Agreement: "Acceptance Date" means the date of the Acceptance Certificate under Clause 4; "Business Day" means a day on which banks are open in Foshan; "Cells" means the eight glaze-spraying robot cells on glazing lines G1 to G4 at the Licensee's Shishan plant; "Configuration Deliverables" means the post-processors, calibration files, spray-path programs, sink model library and glaze-thickness models prepared by the Licensor for the Licensee under Schedule 2; "Contract Price" and "Licence Subtotal" mean the amounts so named in Schedule 1; "Licensee Data" means the sink CAD models, glaze recipes, production and quality records and other data supplied by the Licensee; "Software" means GlazePath OLP version 7 with its simulation and glaze-thickness prediction module, in object code, with its documentation and updates.
P:1.2 The Schedules form part of this Agreement.
H:2. LICENCE
P:2.1 The Licensor grants to the Licensee a perpetual, non-exclusive and non-transferable licence to use the Software on the eight Cells and on up to ten engineering workstations at the Shishan plant.
P:2.2 The Licensee shall not decompile or sub-license the Software except as permitted by mandatory law. It may move a Cell licence to a replacement robot at the same plant on written notice, without charge.
H:3. DELIVERY, INSTALLATION AND CONFIGURATION
P:3.1 The Licensor shall deliver and install the Software within thirty Business Days after signature. The parties shall then sign an Installation Certificate, which confirms installation only.
P:3.2 The Licensor shall complete the configuration services in Schedule 2, ready for the Acceptance Tests, within one hundred days after signature (the "Milestone Date").
P:3.3 The Licensee shall give the Licensor's engineers access to the Cells during agreed production windows and provide sample sinks, glaze recipes and CAD models.
H:4. ACCEPTANCE
P:4.1 The Acceptance Tests are passed when: (a) each of the thirty-six spray-path programs runs on its assigned Cell without collision, reach or singularity fault; (b) the glaze thickness measured at the nine reference points of each sink type lies within plus or minus 0.08 mm of the simulated value; (c) the cycle time per sink does not exceed the value stated for that model in Schedule 2; (d) over five consecutive production days the glaze-defect rate of sinks programmed with the Software does not exceed the Licensee's recorded baseline; and (e) the documentation has been delivered and the training in Schedule 2 completed.
P:4.2 The Licensee shall issue an Acceptance Certificate within five Business Days after the tests have been passed. A failed test shall be corrected within fifteen days and repeated.
P:4.3 Installation, use of the Software in production or payment of any instalment shall not of itself constitute acceptance.
H:5. FEES AND PAYMENT
P:5.1 The Contract Price is CNY 1,416,000, inclusive of VAT, itemised in Schedule 1. Prices are stated and paid in Renminbi at the Licensee's request.
P:5.2 The Contract Price is payable as follows: (a) 20 per cent (CNY 283,200) within fifteen Business Days after signature, against the Licensor's invoice; (b) 45 per cent (CNY 637,200) within fifteen Business Days after the Installation Certificate; and (c) 35 per cent (CNY 495,600) within fifteen Business Days after the Acceptance Certificate.
H:6. DELAY
P:6.1 If the Acceptance Certificate has not been issued by the Milestone Date for reasons attributable to the Licensor, the Licensor shall pay to the Licensee, as liquidate damages and not as a penalty, 0.5 per cent of the Contract Price for each complete week of delay, up to a maximum of 10 per cent of the Contract Price.
H:7. WARRANTY
P:7.1 The Licensor warrants that for three (3) months from the Acceptance Date (the "Warranty Period") the Software will perform materially in accordance with its documentation and the Configuration Deliverables will run as accepted.
P:7.2 During the Warranty Period the Licensor shall correct any reproducible defect free of charge, except defects caused by unnotified changes to the robots or glaze materials.
H:8. SUPPORT AND MAINTENANCE
P:8.1 Support during the Warranty Period is included in the Contract Price. After the Warranty Period the Licensee may order annual Support and Maintenance at a fee of 14 per cent of the Licence Subtotal per year (CNY 133,280), which shall not be increased for the first three support years; any later increase shall not exceed 3 per cent per year. Each support year is ordered by the Licensee's written purchase order and does not renew automatically.
P:8.2 Support covers updates, corrections, remote assistance and the service levels in Schedule 3. Priority 1 means that no Cell can run its programs or the Software cannot generate programs.
P:8.3 The Licensor shall respond to a Priority 1 call within two (2) hours at any time of day. For each hour or part of an hour by which a Priority 1 response is late, the Licensee shall receive a service credit of CNY 1,000 during the Warranty Period, and thereafter of 2 per cent of the annual support fee, set off against the next invoice.
P:8.4 Remote access shall take place only through logged sessions opened by the Licensee on its own VPN.
H:9. INTELLECTUAL PROPERTY
P:9.1 The Software and all intellectual property rights in it remain the property of the Licensor.
P:9.2 All intellectual property rights in the Configuration Deliverables, including the post-processors, calibration files, spray-path programs, the sink model library and the glaze-thickness models, shall vest in and remain with the Licensor on creation. The Configuration Deliverables form part of the Software and are licensed to the Licensee under Clause 2 for use on the Cells only; the Licensee may not modify them other than through the standard editing functions of the Software, nor disclose them to any other robot integrator.
H:10. LICENSEE DATA AND SECURITY
P:10.1 Licensee Data remains the property of the Licensee. The Licensor shall use it only to perform this Agreement and for no other purpose, and shall not use it to develop, train or improve any product.
P:10.2 The Licensor shall keep Licensee Data on the Licensee's systems and shall not transfer it outside the People's Republic of China without the Licensee's prior written consent. It shall apply access control, encryption and logging under its ISO/IEC 27001 certification, and delete working copies after each task.
P:10.3 The Licensor shall notify the Licensee within twelve hours of becoming aware of any unauthorised access to, loss of or disclosure of Licensee Data, take all reasonable steps to contain it, and be responsible for the losses the Licensee suffers as a result of a breach of this Clause 10.
H:11. CONFIDENTIALITY
P:11.1 Each party shall keep confidential the other party's confidential information, including the Licensee's product designs, glaze recipes and production volumes, and use it only for this Agreement. This Clause survives termination for five years.
H:12. LIABILITY
P:12.1 Nothing in this Agreement limits liability for death or personal injury, for fraud, or for breach of Clause 10 or 11.
P:12.2 Subject to Clause 12.1, the total aggregate liability of the Licensor under or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed 150 per cent of the Contract Price.
P:12.3 Neither party is liable for indirect loss or loss of profit.
H:13. SUBCONTRACTING AND ASSIGNATION
P:13.1 The Licensor shall not subcontract any part of its obligations without the prior written consent of the Licensee, who by signing this Agreement consents to on-site support by the service partner named in Schedule 3. The Licensor remains responsible for its subcontractors.
H:14. TERMINATION
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within thirty days after written notice, or becomes insolvent.
P:14.2 On termination by the Licensee before the Acceptance Date, the Licensor shall repay all sums paid.
H:15. FORCE MAJEURE
P:Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
H:16. GENERAL
P:This Agreement is the entire agreement between the parties. It is written in English, which prevails over any translation.
H:17. GOVERNING LAW AND JURISDICTION
P:17.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the law of Scotland.
P:17.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh for any dispute arising out of or in connection with this Agreement.
P:IN WITNESS WHEREOF these presents, consisting of this and the preceding pages together with the Schedules, are subscribed for the Licensor at Bowmore and for the Licensee at Foshan on the dates below.
H:SCHEDULE 1 - FEES (CNY, inclusive of VAT)
TB:Item|Quantity|Unit price|Amount
TB:GlazePath OLP perpetual Cell licence|8|96,000|768,000
TB:Simulation and glaze-thickness prediction module, site licence|1|184,000|184,000
TB:Licence Subtotal|||952,000
TB:Configuration services (post-processors, calibration, 36 spray-path programs, sink model library)|1|418,000|418,000
TB:Training (two courses at the Shishan plant)|1|46,000|46,000
TB:Contract Price|||1,416,000
H:SCHEDULE 2 - CONFIGURATION SERVICES
P:Post-processors for the eight robots; calibration of each Cell; spray-path programs for the thirty-six sink models in the Licensee's product register, with target cycle times; a sink model library; glaze-thickness models for the Licensee's three glaze recipes; two training courses.
H:SCHEDULE 3 - SUPPORT SERVICE LEVELS
P:Priority 1: response within two hours, workaround within eight hours. Priority 2: response within eight business hours. Priority 3: next Business Day. On-site support in Foshan: Nanhai Robotic Service Co., Ltd., the Licensor's service partner.
"""

# ---------------------------------------------------------------------------------------------------------------
# h207e02 — Mount Emei hiking lodge: reservation SaaS, Order Form + General Terms; vendor on the Ilha da Fuzeta
# (Portuguese style), .txt, Order Form items + "Clause N – Title" with numbered paragraphs
# ---------------------------------------------------------------------------------------------------------------
H207E02 = """ORDER FORM AND GENERAL TERMS OF SERVICE
TrailDesk Lodge Management Platform
Order Form No. RFH-OF-2025-0093

Between:

FIRST PARTY: RIA FORMOSA HOSPITALITY SOFTWARE, LDA., a private limited company with registered office at Rua do Farol, Ilha da Fuzeta, 8700-019 Fuzeta, Olhão, Portugal, legal person and registration number 516 482 903, with a share capital of EUR 50,000.00, represented by its manager Mrs. Inês Cabrita Guerreiro, hereinafter the "Supplier";

SECOND PARTY: EMEISHAN YUNJIE TRAIL LODGE CO., LTD., a company with registered address at No. 36 Huangwan Village, Emeishan City, Sichuan Province, People's Republic of China, represented by its legal representative Mr. Luo Wenbin, hereinafter the "Customer";

It is freely and in good faith agreed that the Supplier shall provide the services described in this Order Form, which is governed by the Order Form items in Part A and the General Terms of Service in Part B.

PART A - ORDER FORM

A1. Service. TrailDesk, a cloud property-management and booking platform, comprising: front-desk and housekeeping module for 64 rooms and 120 dormitory beds in the Lodge's two buildings at Huangwan and Leidongping; online booking engine on the Customer's website and WeChat mini-program; channel manager for Ctrip, Meituan and Fliggy; guided-hike, mountain-porter and luggage-transfer booking module; and point-of-sale for the Lodge restaurant.

A2. Subscription Term. Twenty-four (24) months from the Subscription Start Date, which is the date of the Go-Live Certificate under Clause 3.

A3. Fees (CNY, including VAT).

  Subscription fee, first year ........................................ 98,400
  Subscription fee, second year ....................................... 98,400
  Setup and onboarding (data import, channel mapping, booking page) ... 36,000
  Payment-gateway integration (WeChat Pay, UnionPay) .................. 14,000
  Total fees under this Order Form .................................... 246,800

A4. Invoicing. The first-year subscription fee is invoiced on the Order Date and is payable within fifteen (15) days, before the Subscription Start Date. The second-year subscription fee is invoiced thirty (30) days before the first anniversary of the Subscription Start Date. The setup and onboarding fee and the payment-gateway integration fee are invoiced on the date of the Go-Live Certificate.

A5. Target Go-Live Date. 15 September 2025, before the National Day holiday season.

A6. Hosting. Alibaba Cloud, Chengdu region, People's Republic of China.

A7. Contacts. Supplier: Mr. Duarte Pereira, project lead. Customer: Ms. Yang Xiaolin, front-office manager.

PART B - GENERAL TERMS OF SERVICE

Clause 1 - Object and order of precedence
1 - These General Terms govern the provision of the TrailDesk platform and the related services ordered under Part A.
2 - In case of conflict, Part A prevails over Part B, and Part B prevails over any document referred to in it.

Clause 2 - Definitions
1 - "Customer Data" means all data entered into or generated in the platform by or for the Customer, including guest names, identity-document numbers, contact details, reservations, payments and hiking-group lists.
2 - "Go-Live Certificate" means the certificate signed by the Customer under Clause 3.
3 - "Severity 1 Incident" means that the booking engine or the front-desk module is unavailable or that reservations cannot be created or checked in.

Clause 3 - Setup and go-live acceptance
1 - The Supplier shall configure the platform, import the Customer's room and bed inventory, rate plans and future reservations, connect the channels listed in A1 and build the booking page with the Customer's branding.
2 - Before go-live the parties shall carry out the following tests: (a) the room and bed inventory in the platform matches the Customer's register; (b) at least two hundred future reservations are imported and reconciled one by one with the old system; (c) a two-way availability and rate update is made and confirmed on each channel; (d) a booking, a partial refund and a cancellation are completed through each payment gateway; and (e) a hiking-group booking with porters is made end to end through the mini-program.
3 - When all tests are passed, the Customer shall sign the Go-Live Certificate. Switching on the platform or using it with real guests does not by itself amount to acceptance.
4 - If the Go-Live Certificate cannot be signed by the Target Go-Live Date for reasons attributable to the Supplier, the Supplier shall pay to the Customer CNY 200 for each calendar day of delay, up to ten per cent of the total fees under the Order Form.

Clause 4 - Fees, invoicing and taxes
1 - Fees are stated and paid in Renminbi at the Customer's request. Invoices are payable within fifteen (15) days of receipt to the Supplier's Renminbi account indicated on the invoice.
2 - Fees are fixed for the Subscription Term. Interest on late payment accrues at the rate of 0.02 per cent per day on the amount overdue.

Clause 5 - Service levels
1 - The Supplier targets a monthly availability of the platform of 99.95 per cent, excluding the maintenance window from 02:00 to 05:00 China Standard Time announced at least three days in advance.
2 - The Supplier shall respond to a Severity 1 Incident within one (1) hour, at any time, and to other incidents within six business hours. Support is given in English and Mandarin Chinese.
3 - The service levels in this Clause are targets. Failure to meet them does not give rise to service credits, fee reductions, refunds or any other compensation; the Supplier shall, however, provide a root-cause report for every Severity 1 Incident within five business days.

Clause 6 - Customer Data and data protection
1 - Customer Data belongs to the Customer. The Supplier processes it only on the Customer's documented instructions and only to provide the services; it shall not use it for any other purpose.
2 - Customer Data is stored and processed in the hosting region stated in A6 and shall not be transferred outside the People's Republic of China. The Supplier complies with the Personal Information Protection Law of the People's Republic of China and applies encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, daily backups and logging of all administrative access.
3 - The Supplier shall notify the Customer of any personal-information or security incident affecting Customer Data within twelve (12) hours of becoming aware of it, shall take immediate remedial measures, and shall be responsible for the losses, fines and third-party claims resulting from an incident caused by its breach of this Clause.
4 - On expiry or termination the Supplier shall return Customer Data in a standard format within thirty (30) days and then delete it, confirming the deletion in writing.

Clause 7 - Sub-processors and subcontractors
1 - The Supplier may engage sub-processors and subcontractors of its choice, including for hosting, SMS delivery, payment processing and local support. It shall inform the Customer of any new sub-processor or subcontractor by updating the list published on its website at least thirty (30) days before the change.
2 - The Supplier remains responsible for the performance of its sub-processors and subcontractors.

Clause 8 - Intellectual property
1 - The platform, its software and documentation remain the property of the Supplier; the Customer receives a right to use them during the Subscription Term.
2 - The configurations, rate-plan structures, data mappings and booking-page designs made specifically for the Customer belong to the Customer, which may use, modify and hand them to any third party freely, also after the end of this Order Form.

Clause 9 - Confidentiality
1 - Each party shall keep secret all non-public information received from the other party, including prices, guest statistics and business plans, and shall use it only for the purposes of this Order Form.
2 - This obligation continues for three (3) years after the end of the Order Form.

Clause 10 - Liability
1 - The total liability of the Supplier under this Order Form shall not exceed one and a half times the total fees under the Order Form.
2 - The limit in paragraph 1 does not apply to death or personal injury, wilful misconduct or gross negligence, or breach of Clause 6.
3 - Neither party is liable for indirect damage or loss of profit.

Clause 11 - Term and renewal
1 - The Order Form remains in force for the Subscription Term.
2 - At the end of the Subscription Term the subscription renews automatically for successive annual periods at the same fees, unless either party gives written notice of non-renewal at least sixty (60) days before the end of the current period.

Clause 12 - Termination
1 - Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after receiving written notice describing the breach.
2 - If the Customer terminates under paragraph 1, the Supplier shall refund the subscription fees paid for the period after termination.
3 - Clauses 6, 8, 9 and 10 survive termination.

Clause 13 - Force majeure
Neither party is liable for failure caused by events beyond its reasonable control, including earthquakes, landslides, closure of mountain roads by the authorities, or failures of public telecommunications networks, provided that it notifies the other party promptly and does its best to limit the consequences.

Clause 14 - Applicable law and disputes
1 - At the Customer's request, this Order Form is governed by the laws of the People's Republic of China.
2 - Any dispute arising out of or in connection with this Order Form shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules in force. The award is final and binding on both parties.

Clause 15 - Final provisions
1 - Notices shall be made in writing to the addresses in this Order Form or by e-mail to the contacts in A7.
2 - This Order Form is drawn up in English in two counterparts of equal value, one for each party.

Made in Fuzeta and in Emeishan, on ____ 2025.

The FIRST PARTY: ______________________    The SECOND PARTY: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h207e03 — Chaozhou razor-clam farm: tide and salinity sensors + maintenance; integrator on the Illa de Sant Pere
# (Catalan), buyer's paper, .docx with a Word price table, "Article N" + N.N
# ---------------------------------------------------------------------------------------------------------------
H207E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT
P:Tide and Salinity Monitoring System for the Razor-Clam Grounds at Haishan
P:Contract No. HYAQ-2025-EQ-009
P:Buyer: CHAOZHOU HAIYUN AQUACULTURE CO., LTD., a company established in the People's Republic of China, registered address No. 6 Gangkou Road, Haishan Town, Raoping County, Chaozhou, Guangdong Province (the "Buyer").
P:Supplier: SENSORS MARINS SANT PERE, S.L., a limited company incorporated in Spain, tax identification number B-17845326, registered office at Passeig del Moll 4, Illa de Sant Pere, Catalonia, Spain, represented by Mr. Jordi Puigvert i Serra, director (the "Supplier").
P:The Buyer farms razor clams on about 380 hectares of tidal mudflats at Haishan. Sudden drops in salinity after heavy rain and abnormal tides during typhoons cause losses of seed and stock. The Buyer has selected the Supplier after competitive negotiation to supply, install and maintain a monitoring system, on the terms below, which are the Buyer's standard terms for equipment purchases.
H:Article 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission twenty-four monitoring stations on the mudflats, six radar tide gauges on the sea wall and channel piles, four LoRaWAN gateways with 4G backhaul, and a monitoring platform (the "System"), and shall train the Buyer's staff and maintain the System as set out in Articles 6 to 8.
P:1.2 The technical specification in Annex 1 and the Supplier's offer of 12 May 2025 form part of this Contract. In case of conflict, this Contract prevails, then Annex 1, then the offer.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,100,000 (one million one hundred thousand yuan), inclusive of VAT, import duties, transport to Haishan, installation and all services until the end of the Warranty Period. It is a fixed price, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sonde (salinity, temperature, dissolved oxygen) with anti-fouling wiper|24|16,800|403,200
TB:2|Radar tide gauge with mounting bracket|6|28,500|171,000
TB:3|Solar-powered station buoy with LoRa data logger|24|6,200|148,800
TB:4|LoRaWAN gateway with 4G backhaul|4|12,600|50,400
TB:5|Monitoring platform licence (perpetual, installed on the Buyer's cloud account)|1|126,000|126,000
TB:|Hardware and Licence Subtotal|||899,400
TB:6|Installation on the mudflats, piling and calibration|1|132,600|132,600
TB:7|Alarm rules and interface to the Buyer's stocking and harvest planning system|1|58,000|58,000
TB:8|Training|1|10,000|10,000
TB:|Contract Price|||1,100,000
P:2.2 Prices are stated and paid in Renminbi at the Buyer's request.
H:Article 3 Payment
P:3.1 The Buyer shall pay 20% of the Contract Price (CNY 220,000) as an advance within fifteen working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 45% of the Contract Price (CNY 495,000) within fifteen working days after the Installation Certificate. The Installation Certificate confirms that the equipment has been installed; it is not acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 385,000) within fifteen working days after the Final Acceptance Certificate.
P:3.4 Each payment requires a valid invoice.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to Haishan within sixty days and complete installation within one hundred and ten days after signature. Work on the mudflats shall be planned around low tides and the Buyer's harvest calendar, and no piling shall be done during a typhoon warning.
P:4.2 The Buyer shall provide boats, access to the sea wall, power at the gateway sites and a farm supervisor to accompany the Supplier's crews.
H:Article 5 Acceptance
P:5.1 After installation the System shall complete a trial run of thirty consecutive days. The Final Acceptance tests are passed when: (a) the salinity readings of each sonde deviate by no more than 0.3 PSU from laboratory analysis of forty water samples taken next to the stations; (b) the tide readings deviate by no more than 2 cm from the reference staff gauges over ten tidal cycles; (c) the temperature readings deviate by no more than 0.2 degrees Celsius from a calibrated reference thermometer; (d) during the trial run no station has a data gap longer than two hours; (e) salinity-drop and tide-surge alarms, with thresholds set by the Buyer, reach the duty staff through WeChat Work within sixty seconds in each test; and (f) calibration certificates, drawings and manuals have been delivered and the training completed.
P:5.2 When all tests are passed, the Buyer shall issue the Final Acceptance Certificate within seven working days. If a test fails, the Supplier shall remedy the cause at its own cost within fifteen days and the test shall be repeated.
P:5.3 Delivery, installation, the start of the trial run or the Buyer's use of the data shall not be deemed acceptance.
H:Article 6 Warranty
P:6.1 The warranty period is twenty-four (24) months from the date of the Final Acceptance Certificate (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace, free of charge, any equipment or software that fails, including sondes damaged by corrosion or biofouling within the design limits in Annex 1.
P:6.2 During the Warranty Period the Supplier shall clean and recalibrate every sonde once a quarter and inspect the tide gauges and buoys before each typhoon season. A replaced item receives a new warranty of twenty-four months from its replacement.
H:Article 7 Maintenance after the Warranty Period
P:7.1 After the Warranty Period the Buyer may order maintenance for up to three years. The annual maintenance fee is 9.5% of the Hardware and Licence Subtotal (CNY 85,443 per year), fixed for the three years, and covers the services in Article 6.2, spare parts and the service levels in Article 8.
P:7.2 Each maintenance year is ordered by the Buyer in writing. Maintenance does not renew automatically.
H:Article 8 Service Levels
P:8.1 Priority 1 means that the platform is unavailable, that three or more stations are offline, or that any tide gauge fails while a typhoon warning is in force. Priority 2 means any other failure of a station or gateway. Priority 3 means questions and minor defects.
P:8.2 The Supplier shall respond remotely to a Priority 1 call within one (1) hour at any time and have a technician on site within thirty-six hours, subject to safe tide and weather conditions. Priority 2 calls shall be answered within eight working hours and Priority 3 calls within five working days.
P:8.3 For each hour by which a Priority 1 response is late, the Supplier shall pay CNY 800; for each day by which the on-site time is exceeded, CNY 500. The Buyer may deduct these amounts from any sum due to the Supplier.
H:Article 9 Intellectual Property
P:9.1 The platform software remains the property of the Supplier or its licensors; the Supplier grants the Buyer a perpetual licence to use it for the Buyer's farms.
P:9.2 The alarm rules, dashboards, interface programs and documentation developed for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code at Final Acceptance.
H:Article 10 Buyer Data and Security
P:10.1 All data collected by the System, including readings, locations, alarm logs and farm records, belongs to the Buyer and is stored on the Buyer's cloud account in mainland China. The Supplier may use it only to perform this Contract.
P:10.2 The Supplier shall access the System only through accounts issued by the Buyer with multi-factor authentication; all access is logged. The Supplier shall not copy Buyer data outside the Buyer's account or transfer it outside the People's Republic of China.
P:10.3 The Supplier shall notify the Buyer within twelve hours of any security incident affecting the System or Buyer data, take immediate measures to contain it, and compensate the Buyer for the losses caused by an incident attributable to the Supplier.
H:Article 11 Confidentiality
P:Each party shall keep confidential the other party's non-public information obtained under this Contract, in particular the Buyer's stocking densities, harvest volumes and prices, and shall not disclose it without the other party's prior written consent. This obligation survives the end of this Contract for five years.
H:Article 12 Delay Damages
P:If the Supplier fails to complete installation or to obtain the Final Acceptance Certificate by the dates in this Contract for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds sixty days, the Buyer may terminate this Contract.
H:Article 13 Liability
P:The Supplier's total liability under this Contract shall not exceed twice the Contract Price. This limit does not apply to personal injury, wilful misconduct, breach of Article 10 or infringement of third-party intellectual property.
H:Article 14 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The piling and marine works may be subcontracted to a qualified contractor in Raoping only after the Buyer has approved that contractor in writing. The Supplier remains liable for its subcontractors.
H:Article 15 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or in the case stated in Article 12. The Supplier shall then refund the sums received for work not accepted and compensate the Buyer's losses.
H:Article 16 Force Majeure
P:Typhoons, storm surges and other events beyond the control of a party that prevent performance excuse the affected party for their duration, provided that it notifies the other party within three days and limits the consequences. Damage to installed equipment by a typhoon above the design limits in Annex 1 is repaired at the Buyer's cost at the unit prices in Article 2.
H:Article 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chaozhou Arbitration Commission for arbitration in Chaozhou.
H:Article 18 Miscellaneous
P:This Contract is made in English in four originals, two for each party, and takes effect on signature by both parties. A Chinese translation is attached for reference.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h207e04 — Wuxi chip-design start-up: managed IT + desktop support; provider on Inis Toirc (Irish style),
# .txt, "Clause N" + N.N, Schedules
# ---------------------------------------------------------------------------------------------------------------
H207E04 = """MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

THIS AGREEMENT is dated the ____ day of __________ 2025

BETWEEN

(1) INIS TOIRC MANAGED IT LIMITED, a private company limited by shares incorporated in Ireland with registered number 712436, whose registered office is at Harbour House, Inis Toirc, County Mayo, Ireland (the "Provider"); and

(2) WUXI XINRUI MICROELECTRONICS CO., LTD., a company established in the People's Republic of China, whose registered address is at Building 5, No. 200 Linghu Avenue, Xinwu District, Wuxi, Jiangsu Province (the "Customer").

BACKGROUND

(A) The Customer designs mixed-signal integrated circuits at its design centre in Wuxi.

(B) The Customer wishes to appoint the Provider, which has engineers resident in Wuxi, to manage its end-user IT and infrastructure on the terms of this Agreement.

IT IS AGREED as follows:

CLAUSE 1  DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Charges" means the charges set out in Schedule 1; "Customer Data" means all data, files, designs and information of the Customer or its employees that the Provider or its personnel access or process, including RTL code, layout databases, tape-out files and personal information of staff; "Data Protection Legislation" means the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China; "Onboarding Acceptance" has the meaning in Clause 4.3; "Service Commencement Date" means the date of Onboarding Acceptance; "Services" means the services described in Clause 3 and Schedule 2.

1.2 The words "including" and "in particular" are illustrative only.

CLAUSE 2  COMMENCEMENT AND TERM

2.1 This Agreement commences on the date above and, unless terminated earlier, continues for twenty-four (24) months from the Service Commencement Date.

2.2 This Agreement shall not renew automatically. Any extension, and any change to the Charges for an extension, shall be agreed in writing by both parties.

CLAUSE 3  THE SERVICES

3.1 The Provider shall provide the following Services: (a) a service desk available at all times, in Mandarin Chinese and English; (b) on-site desktop support at the Customer's Wuxi premises by two resident engineers on Business Days from 08:30 to 18:00; (c) management of about one hundred and fifty laptops and workstations and forty Linux compute servers used for electronic design automation, including patching, endpoint protection and software deployment; (d) management of daily backups of the design repositories to the Customer's own storage, with a restore test every month; (e) identity and access management, including multi-factor authentication and joiner and leaver processes; (f) monitoring of the network, firewalls and licence servers; and (g) a service review with the Customer every quarter.

3.2 The Provider shall perform the Services with reasonable skill and care and in accordance with the Customer's information security policies.

CLAUSE 4  ONBOARDING

4.1 The Provider shall complete the onboarding activities in Schedule 2 within forty-five (45) Business Days after the date of this Agreement.

4.2 The onboarding is complete when: (a) the asset register prepared by the Provider has been reconciled with the Customer's inventory; (b) every device in scope is enrolled in the Provider's management tools; (c) a test restore of three design repositories selected by the Customer has been completed within the time stated in Schedule 2; (d) the runbooks for the licence servers and the compute cluster have been approved by the Customer; and (e) twenty test tickets of each priority have been handled within the service levels.

4.3 When the criteria in Clause 4.2 are met, the Customer shall sign an onboarding acceptance certificate ("Onboarding Acceptance"). The use of the Services by the Customer before that date does not amount to acceptance.

4.4 If Onboarding Acceptance is not achieved within the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay, up to a total of CNY 90,000.

CLAUSE 5  SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the service levels in Schedule 3. A Priority 1 incident is an incident that prevents access to the compute cluster, the licence servers or the design repositories, or a suspected security incident.

5.2 For a Priority 1 incident the Provider shall respond within thirty (30) minutes and have an engineer on site within two (2) hours at any time.

5.3 If the Provider fails to meet a service level, the Customer shall be entitled to the service credits in Schedule 3, which shall be deducted from the next invoice. Service credits are without prejudice to the Customer's other rights and remedies.

CLAUSE 6  CHARGES AND PAYMENT

6.1 The Charges are stated in Schedule 1 and are payable in Renminbi at the Customer's request. The total Charges for the term are CNY 1,438,000, inclusive of VAT.

6.2 The onboarding fee is invoiced after Onboarding Acceptance. The monthly charge is invoiced monthly in arrears. No charge is payable in advance.

6.3 Invoices are payable within thirty (30) days of receipt.

CLAUSE 7  CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to the extent necessary to provide the Services and on the Customer's written instructions, and shall not use it for any other purpose.

7.2 The Provider shall not copy Customer Data to any system outside the Customer's premises and the Customer's own cloud accounts, and shall not transfer it outside the People's Republic of China. Provider personnel shall access the Customer's systems only through named accounts with multi-factor authentication, all access being logged, and shall not open design files except when performing a restore test in the presence of the Customer's staff.

7.3 The Provider shall comply with the Data Protection Legislation and maintain its ISO/IEC 27001 certification for the Services.

7.4 The Provider shall notify the Customer within two (2) hours of becoming aware of any actual or suspected unauthorised access to, loss of or disclosure of Customer Data, shall take all necessary steps to contain and remedy it, and shall indemnify the Customer against the losses, costs and fines arising from any such incident caused by the Provider or its personnel.

CLAUSE 8  CONFIDENTIALITY

8.1 Each party shall keep confidential the confidential information of the other party, including the Customer's product roadmap, circuit designs and customer names, and shall not disclose it to any third party.

8.2 The Provider shall ensure that each engineer assigned to the Customer signs the Customer's confidentiality undertaking before starting work. This Clause 8 survives termination of this Agreement for five years.

CLAUSE 9  INTELLECTUAL PROPERTY

9.1 The Provider's management tools and pre-existing know-how remain the Provider's property.

9.2 All runbooks, scripts, configurations, asset registers and documentation created by the Provider for the Customer under this Agreement shall vest in the Customer on creation, and the Customer may use, modify and give them to any successor provider without restriction.

CLAUSE 10  PERSONNEL

10.1 The Provider shall assign qualified engineers and replace any engineer on the Customer's reasonable request. The resident engineers shall comply with the Customer's site rules, including the no-personal-devices rule in the design centre.

CLAUSE 11  SUBCONTRACTING

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of any approved subcontractor as if they were its own.

CLAUSE 12  LIMITATION OF LIABILITY

12.1 Nothing in this Agreement limits either party's liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 7 or Clause 8.

12.2 Subject to Clause 12.1, the Provider's total liability under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the total Charges payable for the term.

12.3 Neither party shall be liable for any indirect or consequential loss.

CLAUSE 13  TERMINATION

13.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach that is not remedied within thirty (30) days after written notice, or if the other party is unable to pay its debts, enters into liquidation or examinership, or has a receiver appointed.

13.2 The Customer may terminate this Agreement by written notice if the Provider fails to meet the Priority 1 response time three times in any period of three consecutive months.

13.3 On expiry or termination the Provider shall return all Customer Data and credentials and hand over the documentation in Clause 9.2.

CLAUSE 14  FORCE MAJEURE

Neither party shall be liable for any delay or failure caused by an event beyond its reasonable control, provided that it promptly notifies the other party.

CLAUSE 15  GENERAL

15.1 This Agreement is the entire agreement between the parties.

CLAUSE 16  GOVERNING LAW AND JURISDICTION

16.1 This Agreement and any dispute or claim, including any non-contractual dispute or claim, arising out of or in connection with it or its subject matter shall be governed by and construed in accordance with the laws of Ireland.

16.2 Each party irrevocably agrees that the courts of Ireland shall have exclusive jurisdiction to settle any such dispute or claim.

SCHEDULE 1 - CHARGES (CNY, inclusive of VAT)

  Onboarding fee (one-off, after Onboarding Acceptance) ............... 46,000
  Monthly charge (all Services in Clause 3) ........................... 58,000
  Monthly charges for 24 months (24 x 58,000) ...................... 1,392,000
  Total Charges for the term ........................................ 1,438,000

SCHEDULE 2 - ONBOARDING

Asset inventory; device enrolment; migration of backup jobs; restore test of three design repositories within six hours each; approval of runbooks.

SCHEDULE 3 - SERVICE LEVELS AND SERVICE CREDITS

  Priority 1: response 30 minutes; engineer on site 2 hours; restoration target 6 hours.
  Priority 2: response 2 hours; resolution target next Business Day.
  Priority 3: response 8 business hours; resolution target 5 Business Days.
  Service credits: 5 per cent of the monthly charge for each Priority 1 incident whose response or on-site time is missed; 2 per cent for each Priority 2 incident whose response time is missed; total service credits limited to 25 per cent of the monthly charge in any month.

SIGNED by ____________________, director, for and on behalf of INIS TOIRC MANAGED IT LIMITED

SIGNED by ____________________, legal representative, for and on behalf of WUXI XINRUI MICROELECTRONICS CO., LTD.
"""

# ---------------------------------------------------------------------------------------------------------------
# h207e05 — Fujian white-tea exporter: origin-certificate API subscription + integration; vendor on the Isola di
# San Servolo (Italian style), .md, "Art. N (title)" + N.N
# ---------------------------------------------------------------------------------------------------------------
H207E05 = """# SUBSCRIPTION AND INTEGRATION AGREEMENT

## OrigoLink Certificate-of-Origin and Provenance API

**Ref.** OC/CN/2025/027

**Between**

**ORIGO CERTA S.r.l.**, with registered office at Isola di San Servolo 1, 30133 Venice (VE), Italy, VAT number IT04829170273, registered with the Companies Register of Venice Rovigo under REA no. VE-431877, fully paid-up share capital EUR 100,000.00, in the person of its Managing Director and legal representative pro tempore, Dott. Alvise Marcon (the "**Provider**")

**and**

**FUJIAN FUDING YINZHEN TEA EXPORT CO., LTD.**, with registered address at No. 88 Taimu Avenue, Diantou Town, Fuding City, Fujian Province, People's Republic of China, in the person of its legal representative, Mr. Lin Qingshan (the "**Customer**")

(each a "**Party**" and together the "**Parties**")

### Premises

WHEREAS

a) the Provider operates OrigoLink, a cloud platform accessed through an application programming interface (the "**API**") that prepares electronic applications for certificates of origin, submits them through the China International Trade Single Window, and attaches to each export batch a verifiable provenance record (tea garden, harvest date, processing batch, laboratory results) with a QR verification page for importers;

b) the Customer exports white tea (Bai Hao Yin Zhen, Bai Mu Dan and Shou Mei) to the European Union, the United Kingdom and the Middle East, and wishes to connect its ERP and warehouse management systems to the API;

c) at the Customer's request, prices are stated and paid in Renminbi and this Agreement is governed by the law of the People's Republic of China;

NOW, THEREFORE, the Parties agree as follows.

### Art. 1 (Premises and annexes)

1.1 The premises and the annexes form an integral and substantial part of this Agreement: Annex 1 (API description and service levels), Annex 2 (integration plan and acceptance tests), Annex 3 (approved subcontractors).

### Art. 2 (Definitions)

2.1 "**Customer Data**" means all data sent by the Customer to the API or generated for it, including grower, garden and batch data, laboratory reports, shipment documents and the personal information of growers and staff. "**Integration Acceptance**" means the signing of the acceptance report under Art. 7. "**Service Start Date**" means the date of Integration Acceptance. "**Total Contract Value**" means the amount stated in Art. 5.1.

### Art. 3 (Subject matter)

3.1 The Provider grants the Customer access to the API for the duration of this Agreement, including up to 2,400 certificate applications and provenance records per contract year, and builds and delivers the integration described in Annex 2.

3.2 The Provider performs the services with the diligence of a professional operator in the sector, in compliance with the rules of the China International Trade Single Window and the requirements notified by the Customer's importers.

### Art. 4 (Duration)

4.1 This Agreement has an initial term of thirty-six (36) months from the Service Start Date (the "**Initial Term**").

4.2 The Agreement expires at the end of the Initial Term without need of notice and is not tacitly renewed. Any renewal requires a written agreement of the Parties.

### Art. 5 (Fees)

5.1 The fees, inclusive of VAT, are as follows:

| Item | Amount (CNY) |
|---|---|
| API subscription, first contract year | 72,000 |
| API subscription, second contract year | 72,000 |
| API subscription, third contract year | 72,000 |
| Integration with the Customer's ERP and warehouse system (one-off) | 58,000 |
| **Total Contract Value** | **274,000** |

5.2 Certificate applications above 2,400 in a contract year are charged at CNY 18 each, invoiced quarterly with the subscription. The fees in Art. 5.1 are fixed for the Initial Term.

### Art. 6 (Invoicing and payment)

6.1 The integration fee is invoiced on Integration Acceptance.

6.2 The subscription is invoiced quarterly in arrears, CNY 18,000 per quarter. No amount is payable in advance.

6.3 Invoices are payable by bank transfer within thirty (30) days from the date of receipt.

### Art. 7 (Integration and acceptance)

7.1 The Provider shall build connectors between the API and the Customer's ERP and warehouse management system, configure the Customer's certificate templates and QR pages, and complete the integration by the date in Annex 2.

7.2 The integration is accepted when: (a) fifty test certificate applications covering all three products and all destination markets are generated end to end from the ERP without manual re-entry; (b) every field of the test applications is reconciled with the source records; (c) the submissions are accepted by the test environment of the China International Trade Single Window; (d) the QR verification pages open correctly from networks in Italy, the United Kingdom and the United Arab Emirates; and (e) the operating manual has been delivered and the Customer's export team trained.

7.3 When all tests are passed, the Parties sign the acceptance report. The mere activation of the API or its use by the Customer does not constitute acceptance.

### Art. 8 (Service levels and service credits)

8.1 The Provider guarantees a monthly availability of the API of 99.95 per cent, excluding maintenance announced at least five days in advance and carried out between 00:00 and 04:00 Beijing time.

8.2 Severity 1 means that certificate applications cannot be generated or submitted. The Provider responds to a Severity 1 incident within one (1) hour, at any time, through its approved support partner in Shanghai.

8.3 If the monthly availability is below 99.95 per cent, the Customer is entitled to a credit of 5 per cent of the quarterly fee; below 99.5 per cent, 10 per cent; below 99.0 per cent, 20 per cent. For each hour of delay in the Severity 1 response the Customer is entitled to a credit of CNY 500. Credits are deducted from the next invoice.

### Art. 9 (Penalty for delay)

9.1 If Integration Acceptance is delayed beyond the date in Annex 2 for reasons attributable to the Provider, the Provider shall pay a penalty of 0.1 per cent of the Total Contract Value for each full week of delay, up to a maximum of 5 per cent of the Total Contract Value.

9.2 The penalty is due upon the Customer's written request and may be set off against the integration fee.

### Art. 10 (Customer Data and security)

10.1 Customer Data remains the property of the Customer. The Provider processes it solely to perform this Agreement and does not use it for any other purpose, including statistics, benchmarking or product development.

10.2 Customer Data is stored and processed only in mainland China, in the data centre of the hosting provider listed in Annex 3, and is not transferred abroad; the verification pages display only the fields chosen by the Customer. The Provider applies encryption in transit and at rest, role-based access with multi-factor authentication and access logging, and complies with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

10.3 The Provider notifies the Customer of any security incident affecting Customer Data within twelve (12) hours of becoming aware of it, takes the necessary remedial measures, and is liable for the damage caused to the Customer by incidents attributable to it.

10.4 On expiry the Provider returns Customer Data in a machine-readable format and deletes it within thirty (30) days, giving written confirmation.

### Art. 11 (Intellectual property)

11.1 The platform, the API and the related documentation remain the exclusive property of the Provider.

11.2 The connectors, mappings, certificate templates and QR page designs developed specifically for the Customer belong to the Customer, which may use, modify and license them freely, also to third parties, with delivery of the source code on Integration Acceptance.

### Art. 12 (Confidentiality)

12.1 Each Party keeps strictly confidential the information of the other Party acquired in performing this Agreement, including prices, buyers, growers and volumes, and does not disclose it to third parties without the prior written consent of the other Party, for the term of this Agreement and five years thereafter.

### Art. 13 (Subcontracting)

13.1 The Customer approves, by signing this Agreement, the hosting provider and the Shanghai support partner listed in Annex 3. The Provider may not entrust any other part of the services to third parties without the Customer's prior written consent, and remains responsible for the work of its subcontractors.

### Art. 14 (Limitation of liability)

14.1 Except in cases of wilful misconduct or gross negligence and breach of Art. 10, the total liability of the Provider under this Agreement may not exceed 150 per cent of the Total Contract Value.

### Art. 15 (Express termination clause)

15.1 The Provider may terminate this Agreement by written notice, pursuant to an express termination clause, if the Customer fails to pay any invoice within sixty (60) days of its due date, or uses the API to submit data it knows to be false.

### Art. 16 (Stability of the Agreement)

16.1 This Agreement is concluded for the fixed Initial Term. The Customer may not withdraw from or terminate this Agreement before the end of the Initial Term, including on the ground of non-performance by the Provider; the service credits in Art. 8 and the penalty in Art. 9 are the Customer's sole and exclusive remedies for any failure of the Provider to perform.

### Art. 17 (Force majeure)

17.1 Neither Party is liable for non-performance caused by events beyond its control, such as natural disasters, epidemics, government measures or failures of the Single Window, provided that it informs the other Party promptly.

### Art. 18 (Governing law and disputes)

18.1 This Agreement is governed by the law of the People's Republic of China.

18.2 Any dispute arising from this Agreement is referred to the Xiamen Arbitration Commission for arbitration in Xiamen under its rules in force. The award is final.

### Art. 19 (Final provisions)

19.1 This Agreement is executed in English. Amendments are valid only if made in writing and signed by both Parties.

19.2 The Customer declares that it has read and specifically approves the following articles: Art. 9 (Penalty for delay), Art. 14 (Limitation of liability), Art. 15 (Express termination clause) and Art. 16 (Stability of the Agreement).

Venice and Fuding, ____ 2025

For the Provider: ____________________    For the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
PLAIN = {
    "h207z03": ("h207z03_chess_school_scheduling_saas.md", H207Z03),
    "h207z04": ("h207z04_subdistrict_grid_governance_om.txt", H207Z04),
    "h207z05": ("h207z05_vermicelli_erp_supplier_template.md", H207Z05),
    "h207e02": ("h207e02_mountain_lodge_reservation_saas_order_form.txt", H207E02),
    "h207e04": ("h207e04_chip_startup_managed_it_desktop_support.txt", H207E04),
    "h207e05": ("h207e05_white_tea_origin_certificate_api.md", H207E05),
}
SOURCES = {"h207z01": H207Z01, "h207z02": H207Z02, "h207e01": H207E01, "h207e03": H207E03}
TARGETS = {"h207z01": ("h207z01_fire_rescue_iot_platform_integration.docx", "docx"),
           "h207z02": ("h207z02_aluminium_profile_inline_measurement.pdf", "pdf"),
           "h207e01": ("h207e01_ceramic_sink_glaze_robot_software_licence.pdf", "pdf"),
           "h207e03": ("h207e03_razor_clam_farm_tide_salinity_sensors.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
