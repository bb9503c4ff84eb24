"""holdout138: builds the ten contracts of this folder from the sources kept below.

The two .docx and the two .pdf are built with ../word_pdf.py (markup: T title, H heading, P paragraph, TB table row);
the PDFs are broken into lines at word boundaries first (wrap_words=True). The three .md and three .txt files are
written as they stand. Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h138z01 — 水务集团 智慧水务调度平台 系统集成 (政府采购 公开招标, buyer's paper) — .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H138Z01 = """
T:岳川市水务集团智慧水务调度平台建设项目系统集成合同
P:合同编号：YCSW-ZFCG-2026-017
P:项目名称：岳川市水务集团智慧水务调度平台建设项目（政府采购 公开招标，招标编号：YCCG2026-GK-0032）
P:甲方（采购人）：岳川市水务集团有限公司，住所：岳川市滨江大道218号
P:乙方（中标供应商）：苏州汇澜智能科技有限公司，住所：苏州工业园区星湖街328号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目范围
P:1.1 乙方负责甲方智慧水务调度平台的设计、设备供货、软件许可、定制开发、系统集成、安装调试、历史数据迁移、培训及质保期内的技术服务，实现对全市3座水厂、27座加压泵站和412个管网压力、流量、水质监测点的统一监视与调度。
P:1.2 具体功能及技术参数以招标文件第五章《采购需求》及乙方投标文件技术响应表为准；两者不一致的，以对甲方更有利者为准。
P:1.3 乙方交付的硬件设备应为全新、原厂正品，软件应为正版并随货提供合法的许可证明和原厂服务承诺函。
H:第二条 合同价格
P:2.1 本合同总价为人民币肆佰壹拾伍万叁仟元整（¥4,153,000.00），为固定总价，已包含设备、软件许可、定制开发、运输、保险、安装、调试、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|调度平台软件许可（含GIS、水力模型、调度决策模块）|1套|1,260,000
TB:2|数据中台及物联网接入平台许可|1套|486,000
TB:3|应用服务器|6台|411,000
TB:4|数据库服务器|2台|192,000
TB:5|分布式存储|1套|238,000
TB:6|调度中心LED小间距拼接大屏|1套|356,000
TB:7|网络及安全设备（防火墙、核心交换机、网闸）|1批|214,000
TB:—|软硬件小计| |3,157,000
TB:8|定制开发（泵站联调、管网漏损分析、二次供水接口）|1项|642,000
TB:9|系统集成、安装调试及数据迁移|1项|318,000
TB:10|培训|1项|36,000
TB:—|合计| |4,153,000
P:2.2 除本合同另有约定外，甲方不再向乙方支付任何其他费用。乙方已在签订本合同前提交合同总价5%的履约保证金，终验合格后无息退还。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥830,600。
P:3.2 系统初验合格并进入试运行后15个工作日内，甲方支付合同总价的45%，即¥1,868,850。
P:3.3 系统终验合格后15个工作日内，甲方支付合同总价的35%，即¥1,453,550。
P:3.4 乙方每次请款前应向甲方开具等额增值税专用发票。甲方因财政资金拨付原因需延迟付款的，应及时书面告知乙方。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后150日内完成全部设备到货、安装及软件部署，并具备初验条件；初验合格后进入为期90日的试运行。
P:4.2 设备到货时双方共同开箱清点，签署到货签收单。到货签收仅确认型号、数量与外观，不代表质量验收。
P:4.3 乙方应派驻项目经理及不少于6人的实施团队，项目经理未经甲方书面同意不得更换。乙方应每周提交项目周报。
H:第五条 验收
P:5.1 初验标准：（1）招标文件所列全部功能逐项测试通过；（2）412个监测点数据全部接入，数据刷新周期不超过10秒；（3）水力模型在20个校核点的压力计算误差不超过2米；（4）平台在300个并发用户下页面响应时间不超过3秒；（5）通过第三方网络安全等级保护三级测评及源代码安全检测。
P:5.2 终验标准：试运行期内未发生一级故障，初验遗留问题全部关闭，乙方已移交竣工文档、定制开发源代码、运维手册及培训记录。终验由甲方组织，可邀请专家参加，验收合格后出具书面终验报告。
P:5.3 系统上线、甲方使用系统或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并申请重新验收，由此发生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件故障维修、备件更换、软件升级及安全补丁服务。
P:6.2 服务水平：平台年可用率不低于99.95%（经甲方批准的计划内维护除外）。一级故障（调度平台整体中断或3座以上泵站失去监控）：30分钟内响应、2小时内到场、6小时内恢复；二级故障（单个功能模块不可用）：1小时内响应、8小时内恢复；三级故障（一般性问题）：24小时内解决。
P:6.3 乙方未达到上述要求的，每超时1小时扣减¥1,500；年可用率每低于承诺值0.01个百分点，扣减¥2,000。扣减款项可从履约保证金或应付款项中直接扣除。
P:6.4 质保期满后，如甲方需要，双方另行签订维保合同。年度维保费不超过软硬件小计的8.5%（即每年不超过¥268,345），质保期满后三年内不上调。维保合同不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件、接口程序、水力模型参数、源代码及技术文档，其知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.2 乙方原有平台产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付物不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 调度数据、管网GIS数据、用户用水数据及系统日志等均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或提供给任何第三方。
P:8.2 乙方应按照《网络安全法》《数据安全法》及等级保护三级要求落实安全措施；远程维护须经甲方逐次审批并通过堡垒机进行，操作全程留痕。
P:8.3 发生数据泄露、篡改或其他安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的损失，由乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履约过程中知悉的甲方供水设施布局、工艺参数、网络拓扑、账号口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备初验条件的，每逾期一日，按合同总价的0.06%向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并赔偿甲方由此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包与转包
P:11.1 乙方不得转包本项目。经甲方书面同意，乙方可将综合布线、大屏安装等非主体工作分包给具备相应资质的单位，乙方对分包部分向甲方承担连带责任。
H:第十二条 合同解除
P:12.1 乙方有重大违约行为（包括但不限于逾期超过60日、验收两次不合格、发生重大数据安全事件），经甲方书面通知后15日内未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份、乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.2 附件：附件一 设备及软件清单；附件二 采购需求及技术响应表；附件三 实施计划。
P:甲方（盖章）：岳川市水务集团有限公司    乙方（盖章）：苏州汇澜智能科技有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h138z02 — 纸业公司 纸机断纸在线视觉检测系统 供货 + 质保期满后维保 — .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H138Z02 = """
T:纸机断纸在线视觉检测系统采购及维保合同
P:合同编号：GF-SB-2026-0412
P:甲方（买方）：江西赣丰纸业有限公司，住所：江西省九江市湖口县金砂湾工业园
P:乙方（卖方）：杭州睿视工业检测技术有限公司，住所：杭州市滨江区江虹路611号
P:甲方为提高纸机运行效率、减少断纸损失，向乙方采购纸机断纸在线视觉检测系统。双方经友好协商，订立本合同，共同遵守。
H:一、合同标的
P:（一）乙方为甲方4号纸机（净纸幅宽5.6米，设计车速1,200米/分）供应纸机断纸在线视觉检测系统一套，包括纸病检测和断纸监视两部分，并负责安装调试、与DCS/QCS系统的接口、培训，以及质保期满后的维保服务。
P:（二）设备清单及价格：
P:1. 高速线阵相机12台，单价38,500元，小计462,000元；
P:2. 断纸监视高速面阵相机8台，单价26,800元，小计214,400元；
P:3. LED线光源及水冷装置12套，单价9,600元，小计115,200元；
P:4. 图像处理服务器3台，单价72,000元，小计216,000元；
P:5. 纸病检测及断纸分析软件永久许可1套，208,000元；
P:6. 安装支架、防护罩、气刀及线缆1批，86,400元。
P:以上设备及软件小计1,302,000元。
P:7. 安装调试96,000元；8. DCS/QCS接口开发54,000元；9. 操作及维护培训18,000元。
P:（三）合同总价为人民币1,470,000元（大写：壹佰肆拾柒万元整），已含13%增值税、包装、运输、保险、安装调试及培训费用。
H:二、交货与安装
P:（一）乙方应在合同生效后75日内将全部设备运至甲方工厂指定地点，到货后20日内完成安装，并利用甲方计划停机时间完成调试。
P:（二）设备到货后双方共同开箱检验，签署到货签收单。签收单仅确认型号、数量和外观，不构成质量验收。
P:（三）乙方人员进入纸机区域作业，应遵守甲方安全生产管理制度并办理作业许可，因乙方人员违章造成的事故由乙方负责。
P:（四）甲方负责提供安装所需的电源、压缩空气、冷却水接口及网络点位，并提前10日通知乙方计划停机时间。乙方应在安装前提交安装方案，经甲方确认后实施。
P:（五）设备包装应适合长途运输和防潮，每台设备随附装箱单、合格证、出厂检验报告和使用说明书。
H:三、付款方式
P:（一）合同生效后10日内，甲方支付合同总价的10%，即147,000元。
P:（二）设备全部到货并签收后10日内，甲方支付合同总价的50%，即735,000元。
P:（三）系统终验合格后10日内，甲方支付合同总价的35%，即514,500元。
P:（四）余款5%即73,500元作为质量保证金，质保期满且无质量争议后10日内支付。
P:（五）乙方每次请款时应提供等额增值税专用发票。
H:四、验收
P:（一）系统安装调试完成后，双方按以下标准进行终验：
P:1. 对直径2毫米及以上的孔洞、5毫米及以上的尘埃点和边裂，检出率不低于98%；
P:2. 误报警每班不超过3次；
P:3. 断纸发生后，系统在10秒内自动定位断纸起始位置，并保存断纸前后各60秒的视频；
P:4. 与DCS/QCS的信号交互正确，断纸报警能在DCS操作画面显示；
P:5. 系统连续稳定运行15天，无死机及数据丢失。
P:（二）以上指标全部达到后，双方签署终验报告。设备安装完成、投入运行或甲方支付部分款项，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改并重新验收；第二次验收仍不合格的，甲方有权退货并要求乙方退还已付款项。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内因设备或软件本身质量问题发生的故障，乙方免费维修或更换相机、光源、服务器等部件，并免费提供软件升级。
P:（二）服务响应：一级故障（检测系统整体失效或断纸监视中断）乙方应在1小时内远程响应，8小时内派工程师到场；二级故障（单台相机或光源失效）2小时内响应，48小时内修复。乙方应在甲方所在地储备常用备件。
P:（三）乙方未按上述时限响应或到场的，每超时1小时向甲方支付500元。
P:（四）质保期内因质量问题导致系统停用的，质保期相应顺延；更换的部件自更换之日起重新计算质保期，但不短于原剩余质保期。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方继续为甲方提供维保服务，内容包括每季度一次现场巡检、相机标定、软件升级、故障维修及备件更换（光源灯珠等易损件除外）。
P:（二）维保服务费按设备及软件小计的18.5%每年计取，即每年240,870元，自质保期满之日起三年内固定不变，于每个服务年度开始后30日内支付。
P:（三）维保期内的服务响应要求和超时补偿同第五条第（二）项、第（三）项。
H:七、数据与信息安全
P:（一）系统采集的生产数据、纸病图像、断纸视频及系统日志均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须事先取得甲方书面批准，通过甲方提供的VPN及专用账号进行，不得在甲方生产网内安装未经批准的软件或设备，维护完成后应立即断开连接。
P:（三）因乙方原因造成甲方数据泄露、生产网络感染病毒或生产中断的，乙方应在发现后2小时内通知甲方，并承担由此造成的全部损失。
H:八、保密
P:乙方对在履约中知悉的甲方工艺参数、产量、配方、设备布置等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密期限至合同终止后三年。
H:九、知识产权
P:（一）检测软件的知识产权归乙方所有，乙方授予甲方永久、不可转让的使用许可。
P:（二）乙方为本项目开发的DCS/QCS接口程序、定制报表及其源代码归甲方所有，甲方可自行修改或委托他人维护。
P:（三）乙方保证所供设备及软件不侵犯任何第三方的知识产权。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但故意或重大过失、人身伤害及违反第七条、第八条的责任不受此限。
H:十一、分包
P:乙方不得将本合同项下的任何工作分包或转包给第三方，经甲方书面同意的除外。乙方对经同意的分包单位的行为承担全部责任。
H:十二、合同解除
P:乙方逾期交货超过45日，或验收两次不合格，或有其他严重违约行为经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已付款项并赔偿甲方损失。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交南昌仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、验收大纲、维保服务内容清单。
P:甲方（盖章）：江西赣丰纸业有限公司    乙方（盖章）：杭州睿视工业检测技术有限公司
P:授权代表：__________    授权代表：__________
P:日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h138z03 — 宠物医院连锁 SaaS 三年订阅 + 实施 — .md, Markdown headings "## N." + N.N
# ---------------------------------------------------------------------------------------------------------------
H138Z03 = """# 宠物医院连锁管理云平台订阅及实施服务合同

合同编号：RP-IT-2026-031

**甲方（客户）**：上海瑞佩宠物医院管理有限公司，住所：上海市闵行区虹梅南路2588号

**乙方（服务商）**：杭州宠云信息技术有限公司，住所：杭州市余杭区文一西路1218号

甲方经营连锁宠物医院，拟采用乙方的宠物医院管理云平台统一门店诊疗、收费和经营管理。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过其"宠云"SaaS平台，向甲方及其46家门店医院提供医院管理云服务，包括挂号预约、电子病历、处方与药房管理、检验影像设备对接、住院管理、会员及储值卡、库存与采购、连锁总部经营分析等功能。

1.2 乙方负责实施服务：历史数据迁移（约38万份宠物档案、210万条诊疗记录）、门店参数配置、与12种检验及影像设备的接口对接、分批培训及上线支持。

1.3 订阅期为三年，自全部门店上线验收合格之日起计算。

1.4 平台的处方管理及麻醉、精神类兽药管理功能应符合《兽用处方药和非处方药管理办法》等规定，法规变化时由乙方负责及时更新，不另行收费。

## 2. 费用

2.1 本合同费用如下（人民币，含税）：

| 项目 | 计费方式 | 年费（元） | 三年合计（元） |
|---|---|---|---|
| 门店医院订阅 | 46家 × 6,800元/店/年 | 312,800 | 938,400 |
| 总部管理及经营分析模块 | 1套 | 58,000 | 174,000 |
| 订阅费小计 | | 370,800 | 1,112,400 |
| 实施服务费（一次性） | | — | 168,000 |
| 合同总金额 | | | 1,280,400 |

2.2 订阅期内新增门店的，按6,800元/店/年按月折算计费；关闭门店的，自次月起停止计费。

## 3. 付款

3.1 实施服务费在全部门店上线验收合格后15个工作日内一次性支付。

3.2 订阅费按季度结算，甲方在每个季度结束后15个工作日内支付该季度订阅费92,700元。本合同不设预付款。

3.3 乙方应在收款前开具等额增值税专用发票。

## 4. 实施与上线验收

4.1 乙方应在合同签订后60日内完成全部门店上线。

4.2 上线验收标准：（1）历史数据迁移完成后，双方抽样核对2,000份档案及对应诊疗记录，差错为零；（2）46家门店全部完成挂号、收费、处方、住院流程测试；（3）12种设备的检验结果能自动回传至病历；（4）高峰期200个并发用户下主要操作响应时间不超过2秒。以上标准全部达到后，双方签署上线验收单。试用或上线运行本身不视为验收合格。

4.3 乙方逾期完成上线的，每逾期一日，按合同总金额的万分之六向甲方支付违约金。

4.4 甲方应指定项目负责人，按实施计划提供历史数据、门店及设备清单，组织门店人员参加培训，并在5个工作日内确认乙方提交的配置方案。因甲方原因造成上线延误的，乙方的实施期限相应顺延。

4.5 乙方应为每家门店提供不少于1天的现场上线支持，并为总部提供系统管理员培训；上线后两周内，乙方安排专人驻守总部处理问题。

## 5. 服务水平

5.1 平台月度可用率不低于99.5%（经甲方同意的计划维护时间除外）。

5.2 故障响应：P1故障（平台无法登录，或收费、处方功能全部中断）30分钟内响应、3小时内恢复；P2故障（单项功能异常）2小时内响应、次日内修复；P3咨询类问题1个工作日内答复。

5.3 乙方应提供7×24小时故障受理热线和在线工单系统，每月5日前向甲方提交上月服务报告，列明可用率、故障次数及处理时长。计划维护应提前3日通知甲方，并安排在每日0:00至6:00之间。

5.4 服务抵扣：月度可用率低于承诺值的，按当月订阅费的5%抵扣；低于99%的，按当月订阅费的10%抵扣；P1故障超时恢复的，每次另行抵扣当月订阅费的2%。抵扣金额在下一期订阅费中扣除。

## 6. 数据

6.1 甲方数据（包括宠物档案、宠物主人信息、诊疗与处方记录、经营数据）归甲方所有。

6.2 乙方有权对甲方数据进行去标识化和汇总处理后，用于编制宠物医疗行业分析报告、训练诊疗辅助模型及改进乙方产品，该项权利在本合同终止后继续有效。

6.3 数据安全：平台部署于境内云服务器，并已通过网络安全等级保护三级测评；数据在传输和存储时加密；乙方人员访问甲方数据须经最小授权并留存操作日志。发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。

6.4 合同终止后30日内，乙方应以通用格式向甲方交付全部数据，并在甲方确认后删除其保存的副本。

## 7. 知识产权

7.1 平台软件及其更新版本的知识产权归乙方所有。

7.2 乙方为甲方定制的报表、设备接口程序及配置成果归甲方所有，甲方可自由使用、修改及许可第三方使用。

7.3 乙方保证平台及交付成果不侵犯任何第三方的知识产权；因此引起的索赔由乙方负责处理，并赔偿甲方因此遭受的全部损失。

## 8. 保密

双方对在合作过程中获悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

## 9. 续期

9.1 订阅期满前60日，任何一方未书面提出不续期的，本合同自动续期一年，此后亦同。

9.2 每次续期时，乙方有权按其届时的价格政策调整订阅费，调整幅度不超过上一年度订阅费的8%，乙方在续期前30日书面通知甲方即可。

## 10. 责任限制

乙方在本合同项下的累计赔偿责任以合同总金额的1.5倍为限，但因数据泄露或侵犯第三方知识产权造成的损失不受此限。

## 11. 分包

平台托管于附件三所列的境内云服务商，甲方签署本合同即视为同意。除此之外，乙方将本合同项下任何工作分包给第三方的，须事先取得甲方书面同意。

## 12. 合同解除

12.1 任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。甲方因乙方违约解除合同的，乙方应退还未使用期间的订阅费，并赔偿甲方损失。

12.2 平台月度可用率连续两个月低于99%，或发生因乙方原因导致的重大数据泄露事件的，甲方有权立即解除本合同。

## 13. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交上海仲裁委员会仲裁。

## 14. 其他

14.1 因不可抗力不能履行本合同的，受影响一方应及时通知对方，并在15日内提供证明；不可抗力持续超过60日的，任何一方可书面解除本合同。

14.2 本合同项下的通知应以书面形式发送至合同首页所列地址或双方指定的电子邮箱。

14.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单；附件二：实施计划；附件三：托管服务商及数据存放地点。

甲方（盖章）：上海瑞佩宠物医院管理有限公司　　乙方（盖章）：杭州宠云信息技术有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h138z04 — 省气象局 气象数据共享服务平台 年度运维 (政府采购 竞争性磋商) — .txt, 第X章 + 第X条
# ---------------------------------------------------------------------------------------------------------------
H138Z04 = """江岭省气象数据共享服务平台2026年度运维服务合同

项目编号：JLQX-CS-2026-008（政府采购 竞争性磋商）
采购人（甲方）：江岭省气象局
住所：江岭省临州市气象路16号
成交供应商（乙方）：北京云测信息技术有限公司
住所：北京市海淀区中关村南大街5号

第一章 总则

第一条 根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方经协商一致，签订本合同。

第二条 磋商文件、响应文件、成交通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同条款为准。

第二章 服务内容

第三条 运维对象为甲方气象数据共享服务平台（该平台向省内各级气象部门、政府部门和行业用户提供实况观测、预报产品和历史资料的共享服务），包括数据汇交、质量控制、产品加工、共享接口、门户网站和用户管理等子系统，以及部署于甲方机房的38台服务器、2套存储、网络及安全设备和平台软件。

第四条 服务期限自2026年1月1日起至2026年12月31日止。服务期满本合同终止，不自动续期；下一年度服务由甲方另行组织采购。

第五条 服务内容包括（具体要求见附件《运维服务内容及要求》）：
（一）驻场运维：乙方派驻3名工程师，工作日8:30至17:30现场值守；汛期（5月至9月）及重大天气过程期间实行7×24小时值班；
（二）平台软件维护与版本适配，包括缺陷修复、性能优化及与上级业务系统的接口适配；
（三）数据接口及共享服务保障，包括对各市州气象局和行业用户共享接口的监控与处置；
（四）安全加固、漏洞修复及网络安全等级保护测评配合；
（五）应急保障与演练，每半年组织一次应急演练；
（六）节假日及重大活动保障：春节、国庆等节假日及重大活动期间，乙方应安排专人在岗值守，并提前完成系统检查和应急预案准备；
（七）日常巡检：每日对服务器、存储、数据库及共享接口进行巡检，每月进行一次全面健康检查和数据备份恢复测试，巡检记录按月归档。

第六条 乙方驻场人员应具有三年以上同类系统运维经验，其中至少1人持有信息安全相关专业证书。驻场人员名单经甲方确认后不得随意更换；确需更换的，应提前10日书面申请，经甲方同意后方可更换，新人员资历不得低于原人员。

第三章 服务费用与支付

第七条 本合同总价为人民币1,026,000元（大写：壹佰零贰万陆仟元整），分项如下：驻场运维486,000元；平台软件维护及版本适配218,000元；数据接口及共享服务保障156,000元；安全加固及等保测评配合94,000元；应急保障72,000元。

第八条 服务费按季度支付。每季度结束后，甲方依据季度考核结果，在15个工作日内支付当季服务费256,500元，并扣除该季度考核扣款。本合同不设预付款。

第九条 乙方应在每次收款前向甲方开具合法有效的发票。

第四章 服务水平与考核

第十条 平台月可用率不低于99.95%（经甲方批准的计划停机除外）。

第十一条 故障分级与处置时限：
（一）一级故障（平台整体中断、共享接口全部中断或影响预警信息发布）：乙方接报后6小时内响应，24小时内恢复；
（二）二级故障（单个子系统或部分接口中断）：8小时内响应，48小时内恢复；
（三）三级故障（一般性问题）：3个工作日内解决。

第十二条 考核扣款：一级、二级故障超过恢复时限的，每超时1小时扣款2,000元；平台月可用率每低于承诺值0.1个百分点，扣减当季服务费的1%。

第十三条 乙方应于每月5日前提交上月运维月报，每季度提交考核自评报告，服务期满后提交年度运维总结。重大天气过程保障结束后3日内，乙方应提交保障情况报告。

第五章 交接与验收

第十四条 运维交接：乙方应在合同签订后10日内完成与上一服务商的交接，包括资产清点、账号回收与重置、监控接入和文档接收。乙方逾期完成交接的，每逾期一日按合同总价的千分之一向甲方支付违约金。

第十五条 季度考核：甲方按附件《运维考核细则》对乙方进行季度考核，考核内容包括平台可用率、故障处置时效、巡检完成率和文档完整性，考核得分90分及以上为合格。

第十六条 年度验收：服务期满后30日内，甲方组织年度验收。验收标准为：全年未发生重大安全事件；四个季度考核均合格；运维文档、配置清单、账号口令及脚本全部移交。验收合格后甲方出具书面验收报告。年度验收不合格的，乙方应在15日内完成整改，甲方可按考核细则扣减第四季度服务费。

第六章 数据安全与保密

第十七条 平台数据及运维过程中接触的数据（包括未公开的气象观测资料、用户信息和系统日志）均属于甲方，乙方不得用于本合同以外的任何目的。

第十八条 乙方应遵守气象资料共享管理规定、《中华人民共和国数据安全法》及网络安全等级保护要求。运维操作须通过甲方堡垒机进行并全程审计；乙方不得私自拷贝、外传数据，不得使用个人设备接入甲方网络。发生数据泄露、篡改或其他安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部法律责任和经济损失。

第十九条 乙方及其人员对履约中知悉的甲方网络结构、账号口令及未公开资料负有保密义务，驻场人员须签署保密承诺书。保密义务不因本合同终止而解除。

第七章 知识产权

第二十条 运维期间乙方为甲方编写的脚本、接口程序、补丁、文档及配置成果，其知识产权归甲方所有。

第八章 分包

第二十一条 乙方可将机房空调、UPS等配套设施的巡检维护交由具备相应资质的第三方实施，但应提前五个工作日书面告知甲方。乙方对第三方的工作向甲方承担责任。

第九章 违约与解除

第二十二条 乙方驻场人员未经甲方同意擅自更换或缺勤的，每人每日扣款800元。

第二十三条 因不可抗力（包括重大自然灾害）导致不能履行合同的，受影响一方应及时通知对方并提供证明，可部分或全部免除责任；但乙方应尽最大努力保障汛期和重大天气过程期间的平台运行。

第二十四条 乙方连续两个季度考核不合格，或发生重大数据安全事件，或有其他严重违约行为经甲方书面催告后10日内未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。

第十章 法律适用与争议解决

第二十五条 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。

第十一章 附则

第二十六条 本合同一式五份，甲方三份、乙方二份，自双方签字盖章之日起生效。

附件：运维考核细则；运维对象清单；驻场人员名单。

甲方（盖章）：江岭省气象局　　　　乙方（盖章）：北京云测信息技术有限公司
代表签字：__________　　　　　　　代表签字：__________
签订日期：2025年12月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h138z05 — 温泉度假酒店 酒店管理系统 许可 + 定制开发, 供应商范本 — .md, "### 第X条" + X.X
# ---------------------------------------------------------------------------------------------------------------
H138Z05 = """# 栖云酒店管理系统软件许可及定制开发合同

> 栖云软件标准合同文本（范本 V4.0）

合同编号：QY-HT-2026-0519

甲方（用户）：汤泉谷温泉度假酒店有限公司
地址：广东省清远市佛冈县汤塘镇温泉大道9号

乙方（供应商）：广州栖云酒店软件有限公司
地址：广州市天河区天河北路233号

甲方因经营需要，向乙方购买"栖云"酒店管理系统软件使用许可并委托乙方进行定制开发。双方本着平等自愿的原则，订立本合同。

### 第一条 合同标的

1.1 乙方向甲方提供"栖云"酒店管理系统软件使用许可，包括PMS前台管理、餐饮POS、温泉票务及手牌消费、会员CRM模块，适用于甲方一家酒店（218间客房）及温泉区。

1.2 乙方按甲方需求进行定制开发：温泉手牌一卡通消费、与主要OTA平台的直连接口、与甲方财务系统的凭证接口。

1.3 服务器、网络及终端硬件由甲方自行采购，乙方提供配置建议清单。

1.4 乙方交付的软件为"栖云"酒店管理系统标准版V8系列，功能以附件《功能模块清单》为准；附件未列明的功能不属于本合同交付范围。

### 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | PMS前台管理系统许可（218间客房） | 286,000 |
| 2 | 餐饮POS及温泉票务/手牌模块许可 | 174,000 |
| 3 | 会员CRM模块许可 | 96,000 |
| | 软件许可小计 | 556,000 |
| 4 | 定制开发（手牌一卡通、OTA直连、财务凭证接口） | 318,000 |
| 5 | 实施及培训 | 62,000 |
| | 合同总价 | 936,000 |

以上价格含增值税。

### 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即514,800元，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付剩余45%，即421,200元。

3.3 合同价款不包括硬件、数据库及操作系统等第三方软件的费用，也不包括OTA平台、支付机构等第三方收取的接口费和手续费。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之二向乙方支付违约金，乙方并有权暂停实施及技术服务。

### 第四条 实施与交付

4.1 乙方在收到预付款后90个工作日内完成软件安装、定制开发和系统上线。因甲方需求变更、配合不到位或硬件未按时到位造成的延误，工期相应顺延。

4.2 乙方逾期交付的，每逾期一日按合同总价的万分之一向甲方支付违约金，违约金累计不超过合同总价的3%。

4.3 乙方为甲方前台、餐饮、温泉区及财务人员提供不超过5天的现场培训，超出部分按乙方标准收费。

4.4 甲方应按乙方要求准备服务器、网络及终端设备，提供房型、房价、会员及期初账务等基础数据，并指定专人配合实施。甲方未按时提供的，乙方不承担延误责任。

4.5 定制开发内容以双方签字确认的《需求说明书》为准。《需求说明书》确认后甲方提出的任何修改或新增需求，均视为需求变更，乙方有权另行收费并相应顺延工期。

4.6 系统上线前，乙方协助甲方进行数据导入和试运行，试运行期间发现的问题由乙方在上线后统一修复。

### 第五条 验收

5.1 乙方完成系统安装并上线运行，即视为甲方验收合格。

5.2 甲方在上线后5日内未书面提出异议的，视为对全部交付成果无异议。

### 第六条 维护服务

6.1 系统上线之日起六个月为免费维护期，乙方提供远程技术支持及软件缺陷修复。

6.2 故障响应：一级故障（前台无法办理入住、退房或收银中断）乙方在24小时内响应；二级故障48小时内响应；其他问题在后续版本中统一处理。

6.3 对因系统故障导致的营业损失，乙方不承担任何扣款、赔偿或违约金。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方届时公布的服务价格标准执行。

6.5 因甲方硬件、网络故障或甲方人员误操作导致的问题，不属于免费维护范围。

6.6 免费维护期内，乙方向甲方提供标准版本的小版本升级；大版本升级及期满后的任何升级，甲方须另行购买。

6.7 乙方的远程技术支持时间为每日9:00至21:00，其他时间仅受理一级故障报修。

### 第七条 知识产权

7.1 本系统（包括乙方为甲方定制开发的全部功能模块、接口程序及其源代码和技术文档）的著作权及其他知识产权均归乙方所有。

7.2 甲方仅获得在本合同约定范围内的非独占、不可转让的使用权，不得对软件进行修改、反向工程，也不得交由第三方维护。

### 第八条 数据

8.1 甲方在系统中录入的客人信息、订单及经营数据归甲方所有。

8.2 乙方有权在去除客人身份信息后，使用甲方的房价、入住率及消费数据编制行业统计报告、训练收益管理模型及改进乙方产品。

8.3 乙方应采取访问控制、数据加密和操作日志等技术措施保护系统中数据的安全；因乙方原因发生客人信息泄露的，乙方应在知悉后48小时内通知甲方，并依法承担相应责任。

### 第九条 保密

双方对在合作中获悉的对方商业秘密（包括价格、技术方案、客户资料等）负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。甲方不得向任何第三方提供本系统的安装程序、技术文档或演示账号。

### 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的25%为限。

10.2 乙方不对间接损失、利润损失及商誉损失承担责任。

10.3 因OTA平台、支付机构、公安旅馆业信息系统等第三方系统变更或故障造成的损失，乙方不承担责任，但应协助甲方处理。

### 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

### 第十二条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

### 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

### 第十四条 其他

14.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

14.2 双方的通知以书面形式送达合同首页所列地址，或通过双方指定的电子邮箱、即时通讯工具发送，发出即视为送达。

14.3 本合同附件与正文具有同等效力。附件：功能模块清单；定制开发需求说明书；硬件配置建议清单。

甲方（盖章）：汤泉谷温泉度假酒店有限公司　　乙方（盖章）：广州栖云酒店软件有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h138e01 — Quanzhou shoe maker, WMS perpetual licence + configuration + support; vendor on Bere Island (Irish
# style) — .md, "Clause N" + N.N, Schedules
# ---------------------------------------------------------------------------------------------------------------
H138E01 = """# SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

**THIS AGREEMENT** is made on the ____ day of ____________ 2026

**BETWEEN:**

(1) **BEARA SOUND SOFTWARE DAC**, a designated activity company incorporated in Ireland with company number 681274, having its registered office at The Old Pier House, Rerrin, Bere Island, Co. Cork, Ireland (the "**Licensor**"); and

(2) **QUANZHOU XINGLU FOOTWEAR CO., LTD.** (泉州星履鞋业有限公司), a company established in the People's Republic of China, having its registered office at No. 88 Xiebang Road, Jinjiang, Quanzhou, Fujian Province (the "**Customer**").

**BACKGROUND:**

(A) The Licensor develops and licenses the "Tidewater WMS" warehouse-management software.

(B) The Customer manufactures footwear and operates a warehouse of approximately 46,000 square metres in Jinjiang, and wishes to license, configure and have supported the Software.

(C) At the Customer's request, all fees are payable in Chinese Renminbi (CNY).

**IT IS AGREED** as follows:

### Clause 1 Definitions and Interpretation

1.1 In this Agreement:

- "**Business Day**" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China;
- "**Customer Data**" means all data of the Customer's business processed in the Software;
- "**Deliverables**" means all configurations, templates, interface programs, scripts and reports produced by the Licensor for the Customer;
- "**Final Acceptance**" means the date of the acceptance certificate under Clause 5.2;
- "**Go-Live**" means the first day on which the Customer uses the Software to receive, pick and ship goods in live operation;
- "**Licence Fee**" means the licence fees set out in Part A of Schedule 1, totalling CNY 1,206,000;
- "**Software**" means Tidewater WMS Enterprise Edition and the Label and Carton Module, with their documentation (the "**Documentation**") and updates;
- "**Support Year**" means each period of one year beginning at the end of the Warranty Period or at the end of the preceding Support Year; and
- "**Total Contract Price**" means CNY 1,840,000, being the total of Parts A and B of Schedule 1.

### Clause 2 Licence

2.1 Subject to payment of the Licence Fee, the Licensor grants to the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's Jinjiang warehouse and head office, for up to 60 named desktop users and 40 handheld radio-frequency users, for its internal business.

### Clause 3 Fees and Payment

3.1 The fees are set out in Schedule 1 and are inclusive of all taxes.

3.2 The Total Contract Price is payable as follows, each within thirty days of receipt of a correct invoice:

(a) 20 per cent (CNY 368,000) following signature of this Agreement;

(b) 45 per cent (CNY 828,000) on Go-Live; and

(c) 35 per cent (CNY 644,000) on Final Acceptance.

### Clause 4 Configuration Services and Go-Live

4.1 The Licensor shall perform the configuration services in accordance with the project plan in Schedule 2 (the "**Configuration Services**"), including set-up of 18,600 bin locations, picking and cartonisation rules, label templates, interfaces with the Customer's Kingdee ERP and its e-commerce order management system, migration of opening stock, and training.

4.2 The Licensor shall achieve Go-Live no later than 120 days after the date of this Agreement (the "**Go-Live Date**").

4.3 If Go-Live has not occurred by the Go-Live Date for reasons attributable to the Licensor, the Licensor shall pay to the Customer liquidated damages of CNY 1,500 for each day of delay, up to a maximum of 8 per cent of the Total Contract Price. The parties agree that this sum is a genuine pre-estimate of loss.

### Clause 5 Acceptance

5.1 Within thirty days after Go-Live the parties shall carry out acceptance tests which shall demonstrate that:

(a) a cycle count of 2,000 locations shows no unreconciled variance between the Software and the ERP;

(b) three consecutive peak days of at least 25,000 order lines each are processed without a Severity 1 incident;

(c) radio-frequency transactions complete within 1.5 seconds at the agreed peak load;

(d) every interface listed in Schedule 2 reconciles with the connected system; and

(e) the handover materials have been delivered.

5.2 When the tests have been passed the Customer shall issue an acceptance certificate within five Business Days. Go-Live, use of the Software in live operation or payment under Clause 3.2(b) shall not constitute acceptance.

5.3 If a test is failed, the Licensor shall correct the failure within fifteen Business Days and the test shall be repeated; if it fails again, the Customer may terminate this Agreement and recover all sums paid.

### Clause 6 Warranty

6.1 The Licensor warrants that, for a period of ninety (90) days from Final Acceptance (the "**Warranty Period**"), the Software will perform substantially in accordance with the Documentation. The Licensor shall remedy any defect notified during the Warranty Period free of charge.

6.2 The Configuration Services will be performed with reasonable skill and care.

6.3 Save as expressly set out in this Agreement, all warranties and conditions, whether express or implied by statute, common law or otherwise (including under the Sale of Goods Acts 1893 and 1980), are excluded to the fullest extent permitted by law.

### Clause 7 Support Services and Service Levels

7.1 During the Warranty Period and each Support Year the Licensor shall provide support, including a Mandarin-speaking helpdesk from 08:00 to 20:00 Beijing time daily, patches and new releases.

7.2 The Licensor shall meet the following targets:

| Severity | Description | Response | Workaround |
|---|---|---|---|
| Severity 1 | receiving, picking or shipping stopped in the warehouse | 2 hours, at any time | 8 hours |
| Severity 2 | a function degraded with no reasonable workaround | 8 business hours | 3 Business Days |

7.3 For each failure to meet a Severity 1 response or workaround target, the Licensor shall credit the Customer with CNY 2,000 during the Warranty Period, and thereafter with 5 per cent of the quarterly support fee, up to half of that quarterly fee.

### Clause 8 Support Fees

8.1 After the Warranty Period, the support services in Clause 7 are provided for successive Support Years at an annual support fee of 13 per cent of the Licence Fee, that is CNY 156,780 per Support Year, which is fixed for the first five Support Years.

8.2 Each Support Year begins only on the Customer's written purchase order. This Agreement does not renew automatically. The annual support fee is invoiced at the beginning of each Support Year.

### Clause 9 Intellectual Property

9.1 The Licensor retains all intellectual property rights in the Software and the Documentation.

9.2 All intellectual property rights in the Deliverables, including the source code of interface programs and scripts, shall vest in the Customer on creation, and the Licensor hereby assigns them to the Customer. The Customer may use, modify and license the Deliverables freely.

### Clause 10 Customer Data and Security

10.1 All Customer Data is and remains the property of the Customer. The Licensor shall use Customer Data solely to perform this Agreement.

10.2 The Software is installed on the Customer's servers in Jinjiang. The Licensor may access them only through the Customer's VPN with multi-factor authentication and approval for each session, with all activity logged. The Licensor shall not copy Customer Data or transfer it outside the People's Republic of China, and shall comply with the Personal Information Protection Law and the Data Security Law.

10.3 The Licensor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall co-operate in its remediation, and shall bear the losses caused by its breach of this Clause 10.

### Clause 11 Confidentiality

Each party shall keep confidential the information of the other party disclosed under this Agreement and shall not disclose it to any third party without prior written consent, during this Agreement and for five years after it ends.

### Clause 12 Limitation of Liability

12.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

12.2 Subject to Clause 12.1, the Licensor's total aggregate liability arising under or in connection with this Agreement, whether in contract, tort (including negligence), breach of statutory duty or otherwise, shall not exceed CNY 1,100,000 (one million one hundred thousand Renminbi).

12.3 Neither party shall be liable for any indirect or consequential loss, or for loss of profit.

### Clause 13 Subcontracting

The Licensor shall not subcontract any of its obligations without the prior written consent of the Customer.

### Clause 14 Termination

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which, if capable of remedy, is not remedied within thirty days after written notice, or if an examiner, receiver or liquidator is appointed to the other party.

14.2 On termination the licence continues for Software which has been paid for.

### Clause 15 Governing Law and Jurisdiction

15.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by the laws of Ireland.

15.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.

### Schedule 1 Fees (CNY)

| Part | Item | Amount |
|---|---|---|
| A | Tidewater WMS Enterprise Edition perpetual licence (60 desktop users, 40 handheld users) | 1,080,000 |
| A | Label and Carton Module perpetual licence | 126,000 |
| | Licence Fee | 1,206,000 |
| B | Configuration Services (fixed price) | 438,000 |
| B | Interfaces with Kingdee ERP and the order management system | 164,000 |
| B | Training | 32,000 |
| | Total Contract Price | 1,840,000 |

### Schedule 2 Project Plan

Design (weeks 1 to 3); configuration and interfaces (weeks 4 to 11); migration and training (weeks 12 to 15); Go-Live by day 120; acceptance tests per Clause 5.1.

**SIGNED** for and on behalf of **BEARA SOUND SOFTWARE DAC** by its duly authorised director: ______________________

**SIGNED** for and on behalf of **QUANZHOU XINGLU FOOTWEAR CO., LTD.** by its legal representative: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h138e02 — Harbin ice-festival operator, ticketing SaaS, Order Form + General Terms; vendor on the Greifswalder Oie
# (German style, §) — .txt, "§ N (1)"
# ---------------------------------------------------------------------------------------------------------------
H138E02 = """ORDER FORM No. OT-2026-HRB-004
for the OieGate Ticketing and Access Platform

Part A: Order Form
Part B: General Terms and Conditions for SaaS Services of Oie Ticketing GmbH (version 3.2)

Provider:
Oie Ticketing GmbH
Greifswalder Oie 1, 17440 Kröslin, Germany
Commercial Register: Amtsgericht Stralsund, HRB 21784
Managing Directors: Dr. Henrike Wollin, Jens Bartelt
("Provider")

Customer:
Harbin Bingcheng Festival Operations Co., Ltd. (哈尔滨冰城节庆运营有限公司)
No. 9 Taiyangdao Road, Songbei District, Harbin, Heilongjiang Province, People's Republic of China
("Customer")

PART A: ORDER FORM

1. Services
The Provider makes available to the Customer the OieGate cloud platform for the Customer's ice and snow festival park: online ticket sales through a WeChat mini-program, a web shop and an OTA channel interface; real-name ticketing with identity verification; QR-code e-tickets; access control for 64 turnstile gates; box-office point of sale for 24 windows; and reporting. The Provider also performs the one-time setup described in Annex 1.

2. Contract Term
36 months from the Subscription Start Date, 1 October 2026 (three Contract Years, each beginning on 1 October).

3. Fees (CNY, including VAT)
- Platform subscription, up to 3,500,000 admissions per Contract Year: CNY 468,000 per Contract Year
- Mini-program and OTA channel module: CNY 72,000 per Contract Year
- Annual Subscription Fee: CNY 540,000 per Contract Year
- Subscription Fees for the Contract Term (3 Contract Years): CNY 1,620,000
- One-time Setup Fee (configuration, payment and gate integration, load test, training): CNY 112,000
- Total Contract Value: CNY 1,732,000
Admissions above 3,500,000 in a Contract Year are charged at CNY 0.06 per admission and are not included in the Total Contract Value. At the Customer's request all prices are fixed in Chinese Renminbi.

4. Payment
The Setup Fee and the Annual Subscription Fee for the first Contract Year (together CNY 652,000) are invoiced on signature of this Order Form and are payable within 14 days of the invoice date, before the Subscription Start Date. The Annual Subscription Fee for each further Contract Year is invoiced 30 days before that Contract Year begins and is payable in advance.

5. Go-Live Date
15 November 2026, so that the platform is in live operation before the Festival Season (15 December to the last day of February).

6. Customer contacts
Project lead: Ms. Zhao Lin, Head of Digital Operations. Technical lead: Mr. Sun Peng, IT Department.

7. Annexes
Annex 1 Setup Scope and Acceptance Tests; Annex 2 Service Description; Annex 3 Approved Subcontractors (hosting partner); Annex 4 Technical and Organisational Measures.

PART B: GENERAL TERMS AND CONDITIONS FOR SAAS SERVICES

§ 1 Scope
(1) These General Terms apply to all SaaS services of the Provider ordered under an Order Form.
(2) General terms of the Customer do not apply, even if the Provider does not expressly object to them.

§ 2 Services
(1) The Provider provides the platform as software as a service over the internet. The platform is hosted in the People's Republic of China by the hosting partner named in Annex 3.
(2) The Provider may further develop the platform, provided that the functions described in Annex 2 are not reduced.

§ 3 Term and Renewal
(1) The contract runs for the Contract Term stated in the Order Form.
(2) The contract is extended automatically by one further Contract Year at a time unless either party gives notice of termination at least three months before the end of the Contract Term or of the current renewal year.
(3) For each renewal year the Provider may increase the Annual Subscription Fee by up to 5 percent by written notice given at least two months before the renewal year begins.
(4) Ordinary termination during the Contract Term is excluded.

§ 4 Fees and Payment
(1) The fees and payment terms are set out in the Order Form. Invoices are issued as PRC VAT invoices through the Provider's hosting and billing partner.
(2) The Customer may set off only claims that are undisputed or finally established.

§ 5 Setup and Acceptance
(1) The Provider performs the setup described in Annex 1 and shall make the platform ready for acceptance by the Go-Live Date.
(2) The acceptance tests shall show that:
a) the gates validate at least 18,000 scans per hour in total, with a median validation time below 300 milliseconds;
b) 2,000 test transactions through WeChat Pay, Alipay and UnionPay reconcile with the settlement files without difference;
c) the real-name verification interface with the Customer's identity-verification provider works for all ticket types;
d) each turnstile continues to validate in offline mode and synchronises without loss when the connection returns; and
e) the Customer's staff have been trained as described in Annex 1.
(3) When the tests have been passed, the Customer declares acceptance in writing within five working days. Use of the platform in live operation does not constitute acceptance.
(4) If the Go-Live Date is missed for reasons for which the Provider is responsible, the Provider shall pay a contractual penalty of 0.09 percent of the Total Contract Value for each calendar day of delay, up to 9 percent of the Total Contract Value. Further claims for damages remain unaffected; the penalty is credited against them.

§ 6 Service Levels
(1) The Provider guarantees an availability of the platform of 99.95 percent per calendar month, measured at the exit of the Provider's data centre. Scheduled maintenance must be announced five days in advance and is not permitted between 08:00 and 22:00 Beijing time during the Festival Season.
(2) Incidents are classified as follows:
a) Priority 1 (ticket sales or gate validation unavailable): response within 30 minutes, around the clock, all year; restoration within 2 hours;
b) Priority 2 (important function impaired): response within 2 hours, restoration within one working day;
c) Priority 3 (other incidents): response on the next working day.
(3) If availability falls below 99.95 percent in a calendar month, the Customer receives a service credit of 10 percent of the monthly share of the Annual Subscription Fee; below 99.5 percent, 25 percent. For each Priority 1 response missed, the Provider credits CNY 3,000. Service credits are set off against the next invoice.

§ 7 Customer Data and Data Protection
(1) All data that the Customer or its visitors enter into the platform, including ticket, payment and identity data ("Customer Data"), belongs to the Customer. The Provider processes Customer Data exclusively on the Customer's documented instructions and only to provide the services; it does not use Customer Data for any other purpose, also not in anonymised or aggregated form.
(2) The Provider implements the technical and organisational measures in Annex 4, including storage of Customer Data only in the People's Republic of China, encryption in transit and at rest, role-based access with multi-factor authentication, and a system protection level 3 record under the Multi-Level Protection Scheme. The Provider complies with the Personal Information Protection Law of the People's Republic of China.
(3) The Provider informs the Customer without undue delay, at the latest within 24 hours, of any breach of the security of Customer Data, supports the Customer in its notification duties and is liable for damage caused by its breach of this § 7.
(4) At the end of the contract the Provider hands over all Customer Data in a common format and then deletes it.

§ 8 Subcontractors
(1) The Provider may engage subcontractors only with the Customer's prior written consent. The hosting partner named in Annex 3 is approved by signature of the Order Form.
(2) The Provider is responsible for its subcontractors as for its own conduct.

§ 9 Rights of Use and Intellectual Property
(1) All rights in the platform remain with the Provider. The Customer receives a non-exclusive right to use the platform for the Contract Term.
(2) Customer-specific configurations, ticket layouts and the interface adapters developed for the Customer, including their source code, become the property of the Customer on delivery. The Customer may use, modify and license them freely.

§ 10 Confidentiality
Each party keeps confidential all business and trade secrets of the other party that become known to it in connection with the contract, and uses them only for the purposes of the contract, during the contract and for three years after its end.

§ 11 Liability
(1) The Provider is liable without limitation for intent and gross negligence and for injury to life, body or health.
(2) In all other cases the total liability of the Provider under the contract is limited to CNY 3,000,000.

§ 12 Termination for Good Cause
(1) The right of each party to terminate for good cause without notice remains unaffected.
(2) Good cause for the Customer exists in particular if
a) the Provider commits a material breach and does not remedy it within 14 days after a written warning;
b) availability falls below 99 percent in two consecutive months; or
c) insolvency proceedings are opened over the Provider's assets.

§ 13 Final Provisions
(1) At the Customer's request, the contract is governed by the laws of the People's Republic of China.
(2) All disputes arising from or in connection with the contract are settled by the Harbin Arbitration Commission in Harbin.
(3) Amendments and supplements require written form.
(4) Should a provision be or become invalid, the validity of the remaining provisions is not affected.
(5) This Order Form and the General Terms are made in English; a Chinese translation is attached for reference.

Signed for Oie Ticketing GmbH: __________________    Place, date: Kröslin, ____________
Signed for Harbin Bingcheng Festival Operations Co., Ltd.: __________________    Place, date: Harbin, ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# h138e03 — Zhanjiang shrimp hatchery, water-quality sensors + maintenance; integrator on Île Louët; buyer's paper
# (French-style headings) — .docx, "Article N – Title", Word price table
# ---------------------------------------------------------------------------------------------------------------
H138E03 = """
T:Supply, Installation and Maintenance Contract – Online Water-Quality Monitoring System
P:Contract No. ZJ-LW-2026-EQ-019
P:BETWEEN Zhanjiang Lanwan Shrimp Hatchery Co., Ltd. (湛江蓝湾虾苗有限公司), a company established in the People's Republic of China, with its registered office at Donghai Island Aquaculture Zone, Zhanjiang, Guangdong Province, represented by its legal representative (the "Buyer"),
P:AND Louët Aquatech SAS, a société par actions simplifiée with a share capital of EUR 120,000, registered with the Trade and Companies Register of Brest, with its registered office at Maison du Gardien, Île Louët, 29660 Carantec, France, represented by its President (the "Supplier"),
P:hereinafter each a "Party" and together the "Parties".
P:WHEREAS the Buyer operates a shrimp hatchery with four hatchery halls, two broodstock halls and two seawater reservoirs, and launched a tender for an online water-quality monitoring and aeration-control system; WHEREAS the Supplier's tender was accepted; the Parties have agreed as follows.
H:Article 1 – Purpose
P:1.1 The Supplier shall supply, install, calibrate and commission an online water-quality monitoring system for 60 tanks and two reservoirs, connect it to the Buyer's hatchery management system, train the Buyer's staff, and provide maintenance services during and after the warranty period, all as specified in Annex 1 (Technical Specification).
P:1.2 All equipment shall be new, unused and suitable for continuous operation in seawater at temperatures between 18 and 34 degrees Celsius.
H:Article 2 – Contract Documents
P:The contract consists of, in order of precedence: this contract; Annex 1 Technical Specification; Annex 2 Price Schedule; Annex 3 Approved Local Service Partner; the Supplier's tender. At the Buyer's request, all prices are stated and paid in Chinese Renminbi (CNY).
H:Article 3 – Contract Price
P:3.1 The Contract Price is CNY 1,754,000, a fixed lump sum including all taxes, duties, transport to the hatchery (DDP), insurance, installation, calibration, commissioning and training. It breaks down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter probes (dissolved oxygen, pH, temperature, salinity, ORP)|48|16,800|806,400
TB:2|Online ammonia and nitrite analysers|8|42,500|340,000
TB:3|Data gateways (4G and LoRa)|12|7,900|94,800
TB:4|Aeration control relays and cabinets|12|11,600|139,200
TB:5|Monitoring software, perpetual licence (60 tanks)|1|168,000|168,000
TB:|Equipment and Licence Subtotal|||1,548,400
TB:6|Installation, calibration and commissioning|1|126,000|126,000
TB:7|Integration with the hatchery management system and alarm messaging|1|58,000|58,000
TB:8|Training|1|21,600|21,600
TB:|Contract Price|||1,754,000
P:3.2 No other sum is payable to the Supplier except the maintenance fee under Article 8.
H:Article 4 – Payment
P:4.1 10 % of the Contract Price (CNY 175,400) as an advance within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 55 % of the Contract Price (CNY 964,700) within 15 days after the Installation Certificate.
P:4.3 35 % of the Contract Price (CNY 613,900) within 15 days after the Final Acceptance Certificate.
P:4.4 Each payment is made against a valid PRC VAT invoice issued by the Supplier's Chinese agent named in Annex 3.
H:Article 5 – Delivery and Installation
P:5.1 The Supplier shall deliver all equipment to the hatchery within 70 days after signature and complete installation within 20 days after delivery, outside the Buyer's spawning peaks notified in advance.
P:5.2 The Supplier is responsible for export packing suitable for sea freight and for import clearance in the Buyer's name; the Buyer shall provide power, network points and access to the halls.
P:5.3 On completion of installation the Parties sign an Installation Certificate. The Installation Certificate confirms only that the equipment has been delivered and installed; it is not acceptance.
H:Article 6 – Acceptance
P:6.1 Final acceptance tests shall show that: (a) each probe, checked against the Buyer's laboratory reference, reads dissolved oxygen within ±0.2 mg/L and pH within ±0.1; (b) the ammonia and nitrite analysers agree with laboratory results within ±0.1 mg/L; (c) the system records every tank at one-minute intervals for 21 consecutive days, with gaps only during maintenance agreed in advance; (d) a low-oxygen alarm reaches the duty phones by text message and app within 60 seconds and starts the standby aeration automatically; and (e) all documentation and calibration records have been handed over.
P:6.2 When all tests are passed, the Buyer issues a Final Acceptance Certificate. Installation, use of the system in production or any payment does not constitute acceptance. If a test fails, the Supplier shall remedy the defect within 10 days at its own cost and the test is repeated.
H:Article 7 – Warranty
P:7.1 The warranty period is 24 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier repairs or replaces, free of charge, any equipment or software that is defective, including probes damaged by normal seawater exposure, and supplies software updates.
P:7.2 The warranty period is extended by any period during which the system or a hall cannot be monitored because of a defect. Replaced parts carry a new warranty of not less than the remaining warranty period.
P:7.3 Sensor membranes and reagents are consumables and are invoiced at the unit prices of Annex 2, fixed for the duration of this contract.
H:Article 8 – Maintenance after the Warranty Period
P:8.1 After the warranty period the Supplier shall provide maintenance services (quarterly on-site calibration, firmware and software updates, repair and replacement of parts other than consumables) for an annual fee of 9.5 % of the Equipment and Licence Subtotal, that is CNY 147,098 per year, fixed for three years after the warranty period.
P:8.2 Each maintenance year is ordered by the Buyer in writing. There is no automatic renewal. The annual fee is paid quarterly in arrears.
H:Article 9 – Service Levels
P:9.1 During the warranty period and the maintenance years the Supplier shall respond as follows: Severity 1 (loss of dissolved-oxygen monitoring or alarms in any hall): response within 1 hour by telephone, engineer on site within 6 hours, restoration within 12 hours; Severity 2 (single probe or analyser out of service): response within 2 hours, repair within 2 days; Severity 3: next visit.
P:9.2 For each hour by which a Severity 1 target is missed, the Supplier shall pay CNY 800, which the Buyer may deduct from any sum due.
H:Article 10 – Delay Penalties
P:10.1 If the Supplier fails to meet the delivery date, the installation date or the date for Final Acceptance through its own fault, it shall pay a penalty of CNY 1,200 for each calendar day of delay, up to 10 % of the Contract Price.
P:10.2 If the Buyer pays late, it shall pay interest at the one-year Loan Prime Rate on the overdue amount.
H:Article 11 – Buyer Data and Security
P:11.1 All data recorded by the system, including water-quality readings, alarms and production records, belongs to the Buyer and may be used by the Supplier only to perform this contract.
P:11.2 The software is installed on the Buyer's server at the hatchery. Remote access by the Supplier requires the Buyer's approval for each session and goes through the Buyer's VPN; no data may be copied or transferred outside the hatchery's systems.
P:11.3 The Supplier shall inform the Buyer within 12 hours of any security incident affecting the system or the Buyer's data, take all measures to contain it, and compensate the Buyer for losses caused by the Supplier's breach of this Article.
H:Article 12 – Confidentiality
P:Each Party shall keep confidential all technical and commercial information received from the other Party, in particular the Buyer's production methods, broodstock data and water-treatment parameters, and shall not disclose it without prior written consent during the contract and for five years after its end.
H:Article 13 – Intellectual Property
P:13.1 The Supplier grants the Buyer a perpetual licence to the monitoring software.
P:13.2 The configuration, alarm rules, dashboards and integration scripts developed for the Buyer, including their source code, belong to the Buyer, which may use, modify and license them freely.
H:Article 14 – Liability
P:The Supplier's total liability under this contract is limited to twice the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Articles 11 and 12, which are not limited.
H:Article 15 – Subcontracting
P:The local service partner named in Annex 3 is approved by the signature of this contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains fully responsible for its subcontractors.
H:Article 16 – Termination
P:The Buyer may terminate this contract by registered letter if the Supplier commits a material breach and does not remedy it within 15 days after formal notice, or if the delay penalties reach their maximum. The Supplier shall then refund the sums paid for the part not performed.
H:Article 17 – Force Majeure
P:Neither Party is liable for a failure caused by force majeure, including typhoons declared by the Zhanjiang meteorological authority, provided it notifies the other Party without delay.
H:Article 18 – Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:Article 19 – Final Provisions
P:Made in Zhanjiang in two originals in English and Chinese, both texts being equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h138e04 — Xi'an opera theatre, managed IT + desktop support; provider on Kerrera (Scottish style) — .txt,
# "N. HEADING" + N.N, Schedule Parts
# ---------------------------------------------------------------------------------------------------------------
H138E04 = """MANAGED IT SERVICES AGREEMENT

between

KERRERA MANAGED SERVICES LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC734219) and having its registered office at The Steading, Ardmore, Isle of Kerrera, Oban, Argyll PA34 4SX (the "Provider")

and

XI'AN CHANGLE OPERA THEATRE CO., LTD. (西安长乐歌剧院有限公司), a company established in the People's Republic of China and having its registered office at No. 1 Changle West Road, Xincheng District, Xi'an, Shaanxi Province (the "Client")

CONSIDERING THAT:

(A) the Client operates an opera theatre with a 1,480-seat main house, a studio stage, a box office and administrative offices in Xi'an;

(B) the Client wishes to outsource the management of its IT infrastructure, its service desk and its desktop support to the Provider; and

(C) at the Client's request the Charges are stated and payable in Chinese Renminbi (CNY);

NOW THEREFORE the parties have agreed and do hereby agree as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Charges" means the charges set out in Part 2 of the Schedule; "Client Data" means all data of the Client or its patrons, staff and artists processed by the Provider in providing the Services; "Core Systems" means the box-office and ticketing system, the access-control system, the finance system, e-mail and the theatre network; "Monthly Charge" means CNY 83,900; "Performance Hours" means 17:00 to 23:30 Beijing time on any day with a scheduled performance or dress rehearsal; "Service Commencement Date" means the date of Transition Acceptance; "Services" means the services described in Part 1 of the Schedule; "Total Charges" means CNY 2,109,600, being the Monthly Charges for the Term and the Transition Fee.

1.2 The Schedule forms part of this Agreement. Headings are for convenience only.

2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the date of its execution by both parties. The Services shall be provided for 24 months from the Service Commencement Date (the "Term").

2.2 The Term may be extended only by written agreement signed by both parties. This Agreement does not renew automatically.

3. THE SERVICES

3.1 The Provider shall provide the Services in accordance with this Agreement, with good industry practice and with the reasonable instructions of the Client, including:

(a) a service desk in Mandarin and English from 08:00 to 23:30 Beijing time every day;

(b) desktop support for 180 users and 240 devices, including installation, moves, changes and repairs;

(c) management and monitoring of 14 servers, two storage arrays, the theatre network, the Wi-Fi network and the backup system;

(d) second-line support for the box-office and access-control systems in co-operation with their vendors; and

(e) an on-site engineer in the theatre during Performance Hours.

3.2 Stage-machinery control systems and lighting desks are excluded from the Services.

4. TRANSITION

4.1 The Provider shall carry out the transition of the Services in accordance with the transition plan in Part 1 of the Schedule and shall achieve Transition Acceptance within 45 days after the date of this Agreement.

4.2 Transition Acceptance occurs when the Client confirms in writing that: (a) the inventory of all in-scope assets has been completed and reconciled with the Client's asset register; (b) all in-scope servers and network devices are monitored by the Provider's monitoring system; (c) a test restore of the box-office database from backup has succeeded; (d) the operating procedures and runbooks have been approved by the Client; and (e) the Provider has operated the Services for ten consecutive days in parallel with the Client's staff without missing a Priority 1 target.

4.3 Commencement of monitoring or of any part of the Services before Transition Acceptance does not constitute Transition Acceptance.

4.4 If Transition Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to the Provider, the Provider shall pay to the Client liquidated damages of CNY 1,600 for each day of delay, up to a maximum of CNY 96,000.

5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall ensure that the Core Systems are available for at least 99.95 per cent of each month, excluding maintenance agreed in advance and never scheduled during Performance Hours.

5.2 The Provider shall meet the following targets:

Priority 1 (a Core System unavailable, or any fault preventing a performance or ticket sales): response within 15 minutes; engineer on site within 1 hour during Performance Hours and within 2 hours otherwise; restoration within 3 hours.

Priority 2 (a Core System degraded, or a fault affecting a department): response within 1 hour; restoration within 8 hours.

Priority 3 (a single user or device affected): response within 2 hours; resolution by the end of the next working day.

5.3 If the Provider fails to meet a service level, it shall credit the Client with the service credits set out in Part 3 of the Schedule. Service credits are a price adjustment and do not limit the Client's other rights.

6. CHARGES AND PAYMENT

6.1 The Client shall pay the Monthly Charge monthly in arrears within 30 days after receipt of a valid VAT invoice, less any service credits. The Transition Fee of CNY 96,000 is payable within 30 days after Transition Acceptance. No charges are payable in advance.

6.2 The Charges are fixed for the Term.

7. CLIENT DATA AND SECURITY

7.1 Client Data belongs to the Client. The Provider shall process Client Data only on the Client's instructions and only for the purpose of providing the Services.

7.2 The Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Multi-Level Protection Scheme requirements applicable to the Client; keep Client Data within the Client's systems in the People's Republic of China; access those systems only through named accounts with multi-factor authentication and logged sessions; and not copy Client Data to any system outside the Client's control.

7.3 The Provider shall notify the Client within 12 hours after becoming aware of any actual or suspected breach of security affecting Client Data, shall take all reasonable steps to contain it, and shall be liable for losses caused by its breach of this clause 7.

8. CONFIDENTIALITY

Each party shall keep secret and confidential all information of the other party received under this Agreement, including the Client's patron lists, artists' contracts, network configuration and passwords, and shall not disclose it to any third party without the prior written consent of the other party. This obligation survives termination for five years.

9. INTELLECTUAL PROPERTY

9.1 All runbooks, scripts, configuration records, reports and documentation prepared by the Provider for the Client shall belong to the Client, which may use, modify and license them freely, including for any successor provider.

9.2 The Provider retains its pre-existing tools and monitoring software, which it uses to provide the Services.

10. PERSONNEL AND SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the Services without the prior written consent of the Client. The Client consents to the use of Qinling Field Services Co., Ltd. of Xi'an for on-site support, as named in Part 1 of the Schedule.

10.2 The Provider shall remain responsible for the acts and omissions of its subcontractors as if they were its own.

11. LIMITATION OF LIABILITY

11.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of clauses 7 and 8.

11.2 Subject to clause 11.1, the total liability of the Provider under or in connection with this Agreement, whether in contract, delict, breach of statutory duty or otherwise, shall not exceed 150 per cent of the Total Charges.

12. TERMINATION

12.1 The Client may terminate this Agreement by written notice with immediate effect if: (a) the Provider commits a material breach which is not remedied within 30 days after written notice; (b) the Provider misses Priority 1 targets in three consecutive months; or (c) the Provider becomes insolvent, has a receiver or administrator appointed, or enters into liquidation.

13. EXIT

On expiry or termination, the Provider shall for up to 60 days co-operate with the Client and any successor provider, hand over all Client Data, credentials and documentation, and then securely delete any copies it holds.

14. GOVERNING LAW AND JURISDICTION

14.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.

14.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.

15. GENERAL

15.1 No variation shall be effective unless made in writing and signed by both parties.

15.2 This Agreement may be executed in counterpart; the counterparts together constitute one agreement.

SCHEDULE

Part 1: Services and Transition Plan
Service desk, desktop support, infrastructure management, box-office and access-control support and on-site cover, as described in clause 3. Transition: weeks 1 and 2 discovery and asset inventory; weeks 3 to 5 monitoring roll-out, runbooks and knowledge transfer; from day 35 parallel operation. Approved field partner: Qinling Field Services Co., Ltd., Xi'an.

Part 2: Charges (CNY)
Service desk and desktop support, 180 users at CNY 210 per user per month: 37,800 per month
Infrastructure management: 24,600 per month
On-site engineer during Performance Hours: 21,500 per month
Monthly Charge: 83,900
Monthly Charges for the Term (24 months): 2,013,600
Transition Fee (one-time): 96,000
Total Charges: 2,109,600

Part 3: Service Credits
Availability of the Core Systems below 99.95 per cent in a month: 10 per cent of the Monthly Charge; below 99.5 per cent: 20 per cent. Each missed Priority 1 response or restoration target: 5 per cent of the Monthly Charge. Each missed Priority 2 target: 1 per cent of the Monthly Charge. Service credits in a month shall not exceed 25 per cent of the Monthly Charge.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedule are executed as follows:

Subscribed for and on behalf of Kerrera Managed Services Limited at Oban on ____________ 2026 by ____________________, Director, before this witness: ____________________

Subscribed for and on behalf of Xi'an Changle Opera Theatre Co., Ltd. at Xi'an on ____________ 2026 by ____________________, Legal Representative, before this witness: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h138e05 — Fuzhou jasmine-tea exporter, export-document API subscription + integration; vendor on Caprera (Italian
# style) — .pdf, "Art. N (title)"
# ---------------------------------------------------------------------------------------------------------------
H138E05 = """
T:Subscription and Integration Agreement – DocuPorto Export Documentation API
P:Ref. CTD/2026/CN/0117
P:BETWEEN Caprera Trade Docs S.r.l., with registered office in Località Stagnali, Isola di Caprera, 07024 La Maddalena (SS), Italy, VAT number IT02817460906, registered with the Companies Register of Sassari, in the person of its legal representative pro tempore, Ms. Giulia Serra (hereinafter "Caprera" or the "Provider"),
P:AND Fuzhou Molihua Tea Import and Export Co., Ltd. (福州茉莉花茶进出口有限公司), with registered office at No. 56 Gongye Road, Gulou District, Fuzhou, Fujian Province, People's Republic of China, in the person of its legal representative, Mr. Lin Weiming (hereinafter the "Customer"),
P:(hereinafter jointly the "Parties" and each a "Party").
H:Premises
P:(a) Caprera operates DocuPorto, an application programming interface that generates and validates export documents from shipment data.
P:(b) The Customer exports jasmine tea and other teas to the European Union, the Middle East and North America, prepares about 6,000 document sets per year, and wishes to generate them automatically from its ERP system.
P:(c) At the Customer's request, all fees are stated and payable in Chinese Renminbi (CNY).
P:(d) The premises and the annexes form an integral and substantial part of this Agreement.
H:Art. 1 (Definitions)
P:1.1 "Contract Value" means CNY 994,000, the total of the fees in Art. 5.1. "Customer Data" means all shipment, product, price, buyer and consignee data transmitted by the Customer to the API and all documents generated from them. "Document Set" means the documents generated for one shipment. "Integration Go-Live" means the start of production use of the integration after Integration Acceptance. "Service Start Date" means the day after Integration Acceptance.
H:Art. 2 (Subject Matter)
P:2.1 Caprera grants the Customer access to the DocuPorto API for the generation of commercial invoices, packing lists, data for certificate-of-origin and phytosanitary certificate applications, shipping instructions and EU import pre-notification data, up to 7,500 Document Sets per year.
P:2.2 Caprera shall integrate the API with the Customer's Yonyou U8 ERP system and with the Customer's customs declaration tool (the "Integration"), as described in Annex A.
P:2.3 Caprera shall keep the document templates and validation rules up to date with changes in the import rules of the destination countries, including maximum residue levels for tea and labelling requirements, within 30 days after their publication and at no extra cost.
P:2.4 The Customer shall provide test data, access to a test environment of its ERP system and a named contact person, and shall answer Caprera's questions within three business days.
H:Art. 3 (Duration)
P:3.1 This Agreement takes effect on signature. The subscription runs for 36 months from the Service Start Date.
P:3.2 The Agreement expires at the end of the subscription without any need for notice and without tacit renewal. Any renewal requires a new written agreement.
H:Art. 4 (Integration and Acceptance)
P:4.1 Caprera shall complete the Integration and make it available for acceptance within 75 days after signature.
P:4.2 The acceptance tests shall show that: (a) for 300 real shipments chosen by the Customer, the Document Sets generated through the Integration match the Customer's verified documents with no field errors; (b) the API returns a Document Set within 5 seconds; (c) HS codes and origin rules are validated and errors are returned to the ERP with a clear message; and (d) rejected requests are logged and can be re-submitted.
P:4.3 When the tests have been passed, the Parties sign an Integration Acceptance Report. Use of the API in production before that report does not constitute acceptance.
P:4.4 If a test is not passed, Caprera shall correct the defects within ten business days and repeat the test. Delays caused by the Customer's failure to cooperate under Art. 2.4 extend the period in Art. 4.1 accordingly.
H:Art. 5 (Fees and Payment)
P:5.1 The fees are: API subscription, CNY 23,500 per month for 36 months, CNY 846,000 in total; Integration fee, CNY 148,000, one-time. Contract Value: CNY 994,000. Document Sets above 7,500 in a year are charged at CNY 18 each and are not part of the Contract Value.
P:5.2 The subscription fee is invoiced quarterly in arrears (CNY 70,500 per quarter) and the Integration fee after the Integration Acceptance Report; invoices are payable within 30 days. No advance payment is due.
P:5.3 The fees are fixed for the whole duration of the subscription and are not subject to indexation or any other increase.
H:Art. 6 (Penalty for Delay)
P:6.1 For each calendar day of delay in making the Integration available for acceptance, for reasons attributable to Caprera, Caprera shall pay a penalty of 0.02 % of the Contract Value, up to a maximum of 5 % of the Contract Value, without prejudice to compensation for greater damage.
H:Art. 7 (Service Levels)
P:7.1 Caprera guarantees an API availability of 99.95 % per calendar month, excluding maintenance announced at least 72 hours in advance.
P:7.2 Severity 1 incidents (API unavailable, or invalid documents generated for all shipments): response within 1 hour, 24 hours a day, 7 days a week; workaround within 6 hours. Severity 2 incidents (a document type or destination affected): response within 3 hours during business hours. Severity 3: next business day.
P:7.3 If availability falls below the guaranteed level, Caprera credits 5 % of the monthly fee, and 10 % if it falls below 99.5 %. Each Severity 1 response missed gives a credit of CNY 1,000. Credits are deducted from the next invoice.
P:7.4 Caprera provides a helpdesk in Chinese and English from 08:30 to 18:00 Beijing time on business days and a hotline for Severity 1 incidents at all times. By the tenth day of each month Caprera sends the Customer a report on availability, incidents and Document Sets generated in the previous month.
H:Art. 8 (Customer Data)
P:8.1 Customer Data belongs to the Customer.
P:8.2 Caprera may use Customer Data in anonymised and aggregated form, such as HS codes, volumes, destination markets and declared values, to compile market statistics and benchmarks offered to its other customers and to improve its services, also after the expiry of this Agreement.
H:Art. 9 (Data Security)
P:9.1 Customer Data is stored in the Alibaba Cloud Shanghai region and is not transferred outside the People's Republic of China, except the data that the Customer itself sends to foreign buyers and authorities. Caprera maintains an ISO/IEC 27001 certified information security management system, encrypts Customer Data in transit and at rest, and restricts access to authorised personnel with multi-factor authentication and logging.
P:9.2 Caprera shall notify the Customer of any personal data breach or security incident affecting Customer Data within 48 hours, take all measures to limit its effects, and compensate the Customer for damage caused by its breach of this article.
H:Art. 10 (Confidentiality)
P:Each Party undertakes to keep confidential all information of the other Party, in particular the Customer's prices, buyers and volumes, and not to disclose it to third parties without prior written consent, during this Agreement and for three years after its end.
H:Art. 11 (Intellectual Property)
P:11.1 The DocuPorto platform, the API and their documentation remain the exclusive property of Caprera.
P:11.2 The connectors, field mappings and document templates developed for the Customer within the Integration, including their source code, belong to the Customer, which may use, modify and license them freely.
H:Art. 12 (Subcontracting)
P:12.1 Caprera may entrust the performance of parts of the Services, including hosting, support and integration activities, to subcontractors of its choice, giving prior written notice to the Customer. Caprera remains responsible towards the Customer for the work of its subcontractors.
H:Art. 13 (Liability)
P:13.1 Caprera's total liability arising from this Agreement is limited to CNY 1,500,000, except in the case of wilful misconduct or gross negligence.
P:13.2 Neither Party is liable for indirect damages or loss of profit, except in the case of wilful misconduct or gross negligence. Fines imposed on the Customer by customs or other authorities because of an error in a document generated by the API are direct damages.
H:Art. 14 (Express Termination Clause)
P:14.1 The Customer may terminate this Agreement with immediate effect by written notice if Caprera (a) breaches Art. 8.1, Art. 9 or Art. 10; (b) falls below 99 % availability in two consecutive months; or (c) commits any other material breach and does not remedy it within 20 days after a written notice to perform.
P:14.2 In case of termination under Art. 14.1, Caprera shall refund any fees paid for services not yet provided and hand over the Customer Data in a machine-readable format.
P:14.3 On expiry or termination, Caprera shall allow the Customer to export all Customer Data and generated documents for 60 days, and shall then delete them and confirm the deletion in writing.
H:Art. 15 (Force Majeure)
P:Neither Party is liable for non-performance caused by events beyond its reasonable control, provided it informs the other Party promptly and resumes performance as soon as possible.
H:Art. 16 (Governing Law and Disputes)
P:16.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising from this Agreement shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou.
H:Art. 17 (Final Provisions)
P:17.1 Any amendment to this Agreement must be made in writing. The Parties declare that each clause of this Agreement has been individually negotiated.
P:17.2 Notices under this Agreement shall be sent in writing to the addresses stated above or by e-mail to the contact persons named in Annex B.
P:17.3 Annexes: Annex A Integration Scope; Annex B Service Description; Annex C Security Measures.
P:Read, confirmed and signed.
P:Caprera Trade Docs S.r.l. ____________________    Fuzhou Molihua Tea Import and Export Co., Ltd. ____________________
"""

SOURCES = {"h138z01": H138Z01, "h138z02": H138Z02, "h138e03": H138E03, "h138e05": H138E05}
TARGETS = {"h138z01": ("h138z01_water_group_smart_dispatch_platform.docx", "docx"),
           "h138z02": ("h138z02_paper_mill_web_break_vision_system.pdf", "pdf"),
           "h138e03": ("h138e03_shrimp_hatchery_water_quality_sensors.docx", "docx"),
           "h138e05": ("h138e05_jasmine_tea_export_document_api.pdf", "pdf")}
TEXTS = {"h138z03_pet_hospital_chain_saas.md": H138Z03,
         "h138z04_provincial_meteorological_data_platform_om.txt": H138Z04,
         "h138z05_hot_spring_hotel_pms_supplier_template.md": H138Z05,
         "h138e01_shoe_maker_wms_licence_irish_vendor.md": H138E01,
         "h138e02_ice_festival_ticketing_saas_order_form.txt": H138E02,
         "h138e04_opera_theatre_managed_it_desktop_support.txt": H138E04}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
