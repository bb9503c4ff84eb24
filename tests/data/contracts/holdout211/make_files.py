"""Builds the ten holdout211 contracts (ordinary drafts, no tricks) so the files can be made again.

The .md and .txt files are written as they are; the two .docx and the two .pdf files are built from the small markup of
../word_pdf.py (T: title, H: heading, P: paragraph, TB: table row), PDFs with wrap_words=True.
Run: /work/main/.venv/bin/python make_files.py
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h211z01 (.docx, 第X条 + 1.1, 政府采购 公开招标, buyer's paper)
H211Z01 = """
T:海澄市智慧口岸通关服务平台建设项目合同
P:合同编号：HCKA-2026-017    采购项目编号：HCCG-2026-GK-0417（公开招标）
P:甲方（采购人）：海澄市口岸管理办公室
P:乙方（供应商）：江苏港信数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就海澄市智慧口岸通关服务平台建设项目（以下简称“本项目”）订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责本项目的设备与软件供货、定制开发、系统集成、安装调试、测评配合、培训以及质保期内的运维服务，交付一套可稳定运行的智慧口岸通关服务平台，覆盖预约通关、车辆及人员预申报、通关状态查询、查验预约、口岸运行监测，以及与海关、边检、海事等查验单位的数据交换。
P:1.2 平台部署于甲方指定的政务云及口岸现场机房，自助通关终端安装于客运联检大楼和货运通道现场，具体点位以需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币伍佰叁拾万元整（¥5,300,000.00），为固定总价，包含设备、软件、开发、集成、运输、安装、测评配合、培训、税费及质保期内的全部服务费用。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|通关服务平台软件许可（永久）|1套|1,280,000
TB:2|数据交换与共享平台软件许可（永久）|1套|460,000
TB:3|应用及数据库服务器|8台|736,000
TB:4|分布式存储|1套|388,000
TB:5|网络安全设备（防火墙、入侵防御、日志审计、堡垒机）|1批|412,000
TB:6|自助通关终端|16台|616,000
TB:—|软硬件小计|—|3,892,000
TB:7|定制开发（查验预约、运行监测大屏、跨部门接口）|1项|968,000
TB:8|系统集成与实施|1项|326,000
TB:9|等保测评与密码应用评估配合|1项|84,000
TB:10|培训|1项|30,000
TB:—|合计|—|5,300,000
P:2.2 合同履行期间甲方需求发生变更的，按需求规格说明书所列单价或双方书面确认的价格调整；未经甲方书面同意，乙方不得增加任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币1,060,000元。
P:3.2 平台通过初步验收并进入试运行后15个工作日内，甲方支付合同总价的45%，即人民币2,385,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币1,855,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方资金由财政国库集中支付。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后10日内提交项目实施方案，明确项目经理、实施团队、里程碑和风险应对措施，经甲方确认后执行。项目经理未经甲方书面同意不得更换。
P:4.2 乙方应于合同签订后150日内完成全部设备到货、软件部署和定制开发，并具备初步验收条件。
P:4.3 设备到货时由双方共同开箱清点并签署到货签收单。到货签收仅证明数量和外观，不构成对质量或功能的验收。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能全部实现；（2）与海关、边检、海事系统的接口联调通过，连续10个工作日数据交换无丢失、无重复；（3）预约通关及状态查询在800个并发用户下页面响应时间不超过2秒；（4）自助通关终端单次办理时间不超过45秒；（5）第三方等保测评未发现高风险问题。
P:5.2 初步验收通过后进入三个月试运行。试运行期间未发生一级故障且可用率达到第七条约定的，乙方可申请最终验收。最终验收由甲方组织，可邀请财政、网信部门及相关查验单位参加，并出具书面验收报告。
P:5.3 设备到货、软件安装、平台上线或甲方使用平台，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修与更换、软件升级、缺陷修复和现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过软硬件小计的8%（即每年不超过人民币311,360元），质保期满后前两年按该标准执行、不作上调；此后的费用由双方书面协商确定，且不高于该标准。运维服务不自动续期，每年由甲方书面确认。
H:第七条 服务水平
P:7.1 平台核心业务（预约通关、预申报、状态查询、数据交换）月可用率不低于99.95%。计划内维护须提前3个工作日经甲方同意，且不得安排在通关高峰时段。
P:7.2 故障分级及响应要求：一级故障（核心业务中断或多个通道无法办理）30分钟内响应、2小时内到达现场、6小时内恢复；二级故障（部分功能或单个通道异常）1小时内响应、8小时内恢复；三级故障（一般问题）1个工作日内处理。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减人民币1,500元；月可用率每低于约定0.01个百分点，扣减人民币2,000元。扣减金额从甲方应付款项中抵扣，质保期内由乙方直接支付。乙方每季度向甲方提交运维报告。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的软件、接口程序、数据模型、源代码及技术文档，其知识产权归甲方所有，乙方应在最终验收时一并移交源代码。甲方可自行或委托第三方使用、修改和再开发。
P:8.2 通关服务平台和数据交换平台标准产品的知识产权归乙方或原厂所有，甲方享有永久、不可撤销的使用许可。乙方保证交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台采集、产生和存储的全部数据（包括通关申报数据、车辆及人员信息、视频和日志）归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:9.2 乙方应按网络安全等级保护第三级要求落实访问控制、传输与存储加密、操作审计和漏洞修复；运维人员须经甲方审核，通过堡垒机访问，不得将数据拷贝出甲方环境。
P:9.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成安全事件的，乙方承担全部赔偿责任并配合主管部门调查。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、口岸查验布控信息、网络架构及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第4.2条约定期限具备初步验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的设备或软件不符合合同约定的，应无条件更换或修复，并赔偿甲方由此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本项目。乙方如需将非主体、非关键的综合布线工作分包，应事先取得甲方书面同意，并对分包单位的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。合同签订后，甲方依法在政府采购指定媒体公告。
P:甲方（盖章）：海澄市口岸管理办公室        乙方（盖章）：江苏港信数字科技有限公司
P:授权代表：__________        授权代表：__________
P:日期：2026年__月__日
"""

# ---------------------------------------------------------------- h211z02 (.txt, 一、/（一）/1., hardware + post-warranty maintenance)
H211Z02 = """
轴承振动在线检测设备采购及维保合同

合同编号：XH-SB-2026-0358
甲方（买方）：临清鑫环轴承有限公司
乙方（卖方）：常州精测智能装备有限公司
签订地点：山东省临清市

鉴于甲方深沟球轴承终检线需增设振动在线检测工位，乙方具备相应设备的设计、制造和服务能力，双方经平等协商，就设备采购、安装调试及质保期满后的维保服务订立本合同，共同遵守。

一、合同标的与价格
（一）乙方向甲方提供轴承振动在线检测设备及配套软件，并负责安装调试、与甲方MES系统对接和操作培训。设备明细及价格如下：
1. 振动在线检测仪（含检测主机、驱动主轴、轴向加载机构）8套，单价168,000元，小计1,344,000元；
2. 加速度传感器及前置放大器32套，单价6,800元，小计217,600元；
3. 自动上下料及分选机构8套，单价52,000元，小计416,000元；
4. 振动数据采集与分析软件许可（8个工位及服务器端，永久许可）1套，186,000元；
5. 工控机8台及数据服务器1台，合计124,400元；
以上设备及软件小计2,288,000元。
6. 安装调试及MES对接，118,000元；
7. 操作及维护培训，24,000元。
（二）合同总价为人民币贰佰肆拾叁万元整（¥2,430,000.00），含增值税、运输保险、安装调试及培训费用。质保期满后的维保费用按本合同第七条另行计取，不含在合同总价内。

二、付款方式
（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
（二）设备全部到货并经双方清点签收后10个工作日内，甲方支付合同总价的50%。到货签收仅确认数量和外观，不视为验收。
（三）设备通过终验后10个工作日内，甲方支付合同总价的35%。
（四）剩余5%作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
（五）乙方每次收款前应向甲方开具等额增值税专用发票。

三、交货与安装
（一）乙方应于合同生效后90日内将设备运至甲方三号厂房终检线，并在到货后30日内完成安装调试。
（二）乙方负责设备的包装、运输和卸货，到货前3个工作日通知甲方。设备包装应适合长途运输和防潮。
（三）乙方人员在甲方厂区作业期间应遵守甲方安全生产和现场管理规定，因乙方人员原因造成的人身、财产损失由乙方负责。
（四）乙方可将设备安装、电气接线及气路敷设等现场施工工作交由其合作单位完成，但应提前五个工作日书面告知甲方，并对合作单位的施工质量和安全负责。
（五）乙方随设备提供中文操作手册、维护手册、电气原理图、出厂检验报告和传感器校准证书各两套，并提供分析软件的安装介质和许可文件。

四、验收
（一）安装调试完成后，双方按下列标准进行终验：
1. 同一基准轴承连续测量十次，低、中、高三个频段振动值的变异系数均不超过5%；
2. 检测节拍不超过每件9秒，连续运行72小时无停机故障；
3. 对甲方提供的二百套已标定样件进行检测，合格判定与甲方实验室结论不一致的不超过三套；
4. 检测数据按件实时上传至甲方MES，字段完整、无丢失；
5. 分选机构动作准确，不合格品无混入合格料道。
（二）终验合格的，双方签署终验报告。终验不合格的，乙方应在15日内整改后重新验收；两次验收仍不合格的，甲方有权退货并解除合同。
（三）设备到货、安装完成或甲方试用，均不视为验收合格。

五、质量保证
（一）设备及软件的质保期为十八个月，自终验合格之日起计算。质保期内，非甲方人为损坏的故障，乙方免费维修或更换，并免费提供软件升级。
（二）乙方保证所供设备为全新、未使用过的产品，符合国家标准及双方确认的技术协议。
（三）乙方承诺备件供应期不少于八年。

六、售后服务与服务水平
（一）甲方报修的故障分为三级：一级故障指终检线因检测设备停线；二级故障指单个工位停用；三级故障指不影响生产的其他问题。
（二）一级故障乙方应在1小时内响应，8小时内到达现场，24小时内恢复；二级故障2小时内响应，次日到达现场；三级故障在下次巡检时处理。
（三）乙方响应或到场超时的，每超时1小时向甲方支付500元；因设备故障导致停线超过24小时的，每超过一日另付2,000元。
（四）乙方每季度到厂巡检一次，提交巡检报告，并对传感器进行校准。
（五）本条服务水平同样适用于第七条的维保服务期。

七、质保期满后的维保服务
（一）质保期满后，甲方可按年向乙方订购维保服务，内容包括定期校准、传感器及易损件更换、软件升级、季度巡检和本合同第六条约定的故障响应。
（二）年度维保费为设备及软件小计的24%，即每年人民币549,120元，质保期满后的前四年内不作调整。维保费于每个维保年度结束后一次支付。
（三）维保服务不自动续期，甲方于每个维保年度届满前书面确认是否续订。

八、知识产权
（一）乙方为本项目开发的MES对接程序、分选判据配置及相关文档归甲方所有，乙方应交付源代码，甲方可自行修改或委托他人修改。
（二）分析软件标准版本的知识产权归乙方所有，甲方享有永久使用权。乙方保证甲方使用所供设备和软件不侵犯任何第三方权利。

九、数据安全
（一）检测数据、工艺参数及产品质量记录属于甲方，乙方仅可为安装、维修目的接触，不得复制、留存或用于其他用途。
（二）检测设备接入甲方工控网络前，乙方应关闭不必要的端口和服务；远程维护须经甲方逐次审批并全程记录。乙方交付的软件应无恶意代码和未公开的远程访问功能。
（三）因乙方原因发生数据泄露、丢失或网络安全事件的，乙方应在2小时内通知甲方，立即采取补救措施，并承担由此造成的全部损失。

十、保密
双方对合作中知悉的对方技术资料、工艺参数、价格及经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后五年。

十一、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之八支付违约金，累计不超过合同总价的10%。逾期超过45日的，甲方有权解除合同。
（二）设备质量不符合约定的，乙方负责退换，并承担由此产生的费用和甲方损失。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十二、合同解除
乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交甲方所在地人民法院诉讼解决。

十四、不可抗力
因地震、洪水、疫情等不可抗力导致一方不能按期履行的，该方应在事件发生后5日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。

十五、其他
本合同附件（技术协议、设备清单）为合同组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：临清鑫环轴承有限公司        乙方（盖章）：常州精测智能装备有限公司
代表签字：__________        代表签字：__________
日期：2026年__月__日
"""

# ---------------------------------------------------------------- h211z03 (.md, Markdown "## N 标题" + N.N, SaaS 3 years + 实施)
H211Z03 = """
# 门店预约与会员管理SaaS服务合同

**合同编号**：MZ-IT-2026-012

**甲方（客户）**：萌爪宠物服务连锁有限公司（住所：四川省成都市武侯区）

**乙方（服务商）**：杭州约宠信息科技有限公司（住所：浙江省杭州市余杭区）

甲方经营宠物洗护美容连锁门店，拟使用乙方“约宠云”平台统一管理门店预约与会员业务。双方经协商一致，订立本合同。

## 1 服务内容与期限

1.1 乙方通过“约宠云”SaaS平台向甲方及其42家直营门店提供在线预约、美容师排班、会员储值与积分、宠物档案、收银对账、营销活动及微信小程序服务，并负责实施上线、历史数据迁移和培训。

1.2 服务期为三年，自上线验收合格之日起计算。

1.3 平台部署在乙方租用的中国境内云资源上，由乙方负责运行、维护和升级。

1.4 平台功能以乙方《约宠云功能清单（2026版）》为准。服务期内乙方对平台的版本升级不得减少甲方正在使用的功能；新增收费模块须经甲方书面订购后方可开通，未经订购不得计费。

1.5 乙方提供工作日9:00至21:00的在线客服和电话支持，为甲方指定一名客户成功经理，并每季度与甲方召开一次运营复盘会。

## 2 费用

2.1 本合同总价为人民币688,000元，明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 平台基础年费 | 48,000元/年 × 3年 | 144,000 |
| 门店使用费 | 42家 × 2,800元/年 × 3年 | 352,800 |
| 会员营销模块 | 21,600元/年 × 3年 | 64,800 |
| 实施费（门店配置、小程序上线） | 一次性 | 86,000 |
| 历史会员数据迁移 | 一次性 | 26,000 |
| 培训（店长及前台） | 一次性 | 14,400 |
| **合计** | | **688,000** |

2.2 服务期内年订阅费合计187,200元，服务期内不作调整。甲方新增门店的，按单店2,800元/年按月折算计费。

## 3 付款

3.1 本合同不设预付款。

3.2 实施费、迁移费和培训费在上线验收合格后15个工作日内一次性支付。

3.3 订阅费按季度后付，每季度46,800元，甲方于每季度结束后15个工作日内支付。

## 4 实施与上线验收

4.1 乙方应在合同签订后45日内完成全部门店配置、历史会员数据迁移和小程序上线，具备上线验收条件。

4.2 上线验收标准：（1）42家门店均可完成预约、开单、收银和会员储值全流程；（2）迁移的会员信息、储值余额和宠物档案与甲方原系统逐条核对一致；（3）小程序在300人同时预约时页面响应时间不超过2秒；（4）日结对账数据与甲方财务系统一致。

4.3 验收以甲方书面确认为准。系统试用或门店开始使用均不视为验收合格。

4.4 甲方应指定项目负责人，按乙方实施计划提供门店清单、服务价目表、会员等级规则和历史数据，并组织各门店人员参加培训。因甲方原因延误的，实施期限相应顺延。

4.5 培训内容包括预约排班、收银对账、会员储值、营销活动配置及常见问题处理，乙方应提供操作手册和培训视频，并在上线后首周安排专人远程值守。

## 5 服务水平

5.1 平台月度可用率不低于99.5%。计划内维护须安排在凌晨1:00至6:00之间并提前48小时通知甲方，不计入不可用时间。

5.2 一级故障（全部或多家门店无法预约或收银）30分钟内响应、3小时内恢复；二级故障（单店或单一功能异常）2小时内响应、次日内恢复；三级故障在下一版本中修复。

5.3 月度可用率每低于约定0.1个百分点，减免当月订阅费的5%；一级故障响应超时的，每次减免当月订阅费的3%。减免金额在下期付款中抵扣。

## 6 续约

6.1 服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。

6.2 续期的订阅费由乙方按届时公布的标准价格确定，乙方可在每次续期时上调订阅费，上调幅度不超过上一期的10%。

## 7 知识产权

7.1 平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。

7.2 乙方为甲方定制的小程序页面、会员等级与积分规则配置、品牌素材及定制报表归甲方所有，甲方可自由使用、修改或交由第三方使用。

## 8 数据

8.1 甲方及其会员在平台上产生的会员信息、宠物档案、预约和消费记录等数据归甲方所有。

8.2 甲方同意乙方在对上述数据进行去标识化处理后，将其用于行业分析报告、产品改进及推荐算法训练，该项权利在合同终止后继续有效。

8.3 乙方应采取传输与存储加密、访问权限控制、操作日志留存等措施保障数据安全，数据存储于中国境内；发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。

8.4 乙方应对其员工进行数据安全培训，仅允许经授权的人员为处理甲方工单之目的访问甲方数据，访问记录保存不少于六个月。

8.5 合同终止后30日内，乙方应以通用格式向甲方移交全部数据，并在甲方书面确认后删除。

## 9 保密

双方对在合作中获知的对方商业信息、价格和会员资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

## 10 违约责任

10.1 乙方未按4.1条期限具备上线验收条件的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的10%。

10.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据安全事件、侵犯知识产权或故意行为造成的损失不受此限。

10.3 因乙方原因导致平台连续中断超过24小时的，乙方除按5.3条减免订阅费外，还应赔偿甲方由此遭受的直接损失。

10.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

## 11 分包

乙方不得将实施工作分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的行为承担责任。

## 12 合同解除

12.1 乙方严重违约，或同一自然月内两次发生一级故障未在约定时间内恢复，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，乙方应退还未使用期间的费用。

12.2 合同解除或终止的，乙方应按8.5条移交数据。

12.3 因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，受影响的义务相应中止；不可抗力持续超过60日的，任何一方可书面通知解除合同。

## 13 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，提交成都仲裁委员会仲裁。

## 14 其他

本合同未尽事宜，由双方协商一致后以书面形式确定。双方的通知以书面或电子邮件方式送达至合同首页所列地址及双方项目负责人。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：萌爪宠物服务连锁有限公司　　　乙方（盖章）：杭州约宠信息科技有限公司

日期：2026年__月__日
"""

# ---------------------------------------------------------------- h211z04 (.pdf, 第X条 +（一）, 政府采购 单一来源, annual O&M)
H211Z04 = """
T:云岭区人民法院诉讼服务平台2026年度运维服务合同
P:合同编号：YLFY-YW-2026-03    采购方式：单一来源采购（原平台建设单位）
P:甲方（采购人）：青川市云岭区人民法院
P:乙方（供应商）：湖南衡智信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目单一来源采购文件和乙方响应文件，经协商，双方就甲方诉讼服务平台2026年度运维服务订立本合同。
H:第一条 服务内容
P:（一）乙方为甲方诉讼服务平台（含网上立案、电子送达、诉讼服务大厅自助终端、12368热线系统及跨域立案接口）提供年度运维服务，服务期自2026年1月1日起至2026年12月31日止。
P:（二）服务内容包括：驻场运维、系统软件维护与缺陷修复、季度安全巡检与漏洞修复、重大节点应急保障，以及因上级法院平台接口变更所需的版本适配。
P:（三）乙方应在服务期开始后十日内建立运维台账、软硬件资产清单和账号权限清单，经甲方确认后作为本年度运维工作的基线。
H:第二条 服务费用
P:（一）本合同总价为人民币壹佰零伍万陆仟元整（¥1,056,000.00），明细如下：
P:1. 驻场运维（3人，按月计费，每人每月19,500元，全年合计），702,000元；
P:2. 平台软件维护与缺陷修复，186,000元；
P:3. 季度安全巡检与漏洞修复（4次，每次18,500元），74,000元；
P:4. 重大节点应急保障，36,000元；
P:5. 接口版本适配，58,000元。
P:（二）上述价格为固定总价，已包含人员、差旅、工具、备品及税费，甲方不再支付其他费用。
P:（三）服务期内甲方新增的诉讼服务功能模块如需纳入运维范围，由双方参照本合同单价书面确定。
H:第三条 付款方式
P:（一）本合同不设预付款。
P:（二）服务费按季度支付，每季度264,000元。甲方在每季度考核合格后20个工作日内支付该季度服务费，第四季度服务费在年度验收合格后支付。
P:（三）乙方应在每次付款前开具合法有效的发票。
H:第四条 人员与工作要求
P:（一）乙方派驻3名运维人员，工作日8:30至17:30在甲方驻场，其中项目负责人应具有五年以上同类系统运维经验。驻场人员更换须提前十日征得甲方书面同意。
P:（二）节假日及夜间由乙方安排值班人员远程值守，值班电话24小时畅通。
P:（三）乙方每月提交运维月报，每季度提交安全巡检报告，重大活动及开庭高峰期前提交应急保障方案。
P:（四）重大节点（包括春节前后集中执行、重要庭审直播及上级部署的专项活动）期间，乙方应增派至少一名工程师现场值守，并于节点前三日完成专项巡检。
P:（五）驻场人员应为乙方正式员工，乙方应在合同签订时向甲方提交人员名单及社会保险缴纳证明，并为驻场人员购买意外伤害保险。驻场人员应遵守甲方机关安全管理规定，凭证件出入，不得进入审判区域。甲方为驻场人员提供必要的办公场所和网络环境，并及时确认运维方案、授予工作所需的系统权限。
H:第五条 服务水平
P:（一）诉讼服务平台核心功能（网上立案、电子送达）年可用率不低于99.95%。
P:（二）故障分级：一级故障指网上立案或电子送达全部中断；二级故障指部分功能异常或自助终端成批故障；三级故障指个别功能或个别终端异常。
P:（三）响应时限：一级故障乙方应在接报后6小时内响应并组织处置，12小时内恢复；二级故障8小时内响应，24小时内恢复；三级故障2个工作日内解决。
P:（四）乙方未达到上述时限的，每次扣减服务费2,000元；年可用率每低于约定0.01个百分点，扣减服务费3,000元。扣减金额从当季服务费中抵扣。
P:（五）乙方应建立故障记录台账，每起一级、二级故障处置完毕后两个工作日内提交故障分析报告，说明原因、处置过程及防范措施。
H:第六条 考核与验收
P:（一）甲方每季度按考核表对乙方进行考核，考核内容包括故障处置时效、巡检报告质量、驻场出勤和用户满意度，考核得分80分以上为合格。
P:（二）服务期满后，甲方组织年度验收，验收标准为：全年各季度考核均合格；平台可用率达到第五条约定；已发现的高危漏洞全部修复；运维文档、配置清单和账号权限清单完整移交。
P:（三）季度考核不合格的，甲方暂缓支付当季服务费，乙方应在十日内整改；整改后仍不合格的，按第九条处理。
P:（四）年度验收合格的，甲方出具书面验收报告，作为支付第四季度服务费的依据。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第七条 数据安全
P:（一）平台中的诉讼材料、当事人身份信息、送达记录及审判业务数据均属于甲方，乙方仅可为履行本合同处理，不得留存、复制或用于其他任何目的。
P:（二）乙方运维人员须通过甲方堡垒机操作，按最小权限原则使用账号，禁止使用个人存储介质；远程运维须经甲方逐次批准并全程录屏。
P:（三）乙方应落实网络安全等级保护要求，及时修复漏洞。发生数据泄露、篡改或系统被入侵等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任及由此产生的损失。
P:（四）服务期满或合同解除时，乙方应移交全部运维账号和运维资料，注销其运维人员账号，并书面确认未留存任何甲方数据。
H:第八条 知识产权
P:运维期间乙方形成的适配程序、脚本、配置文件及运维文档归甲方所有，乙方应按甲方要求随时移交，甲方可自行或交由第三方使用和修改。乙方为履行本合同使用的自有运维工具，其知识产权仍归乙方所有，但乙方应保证服务期满后甲方可继续使用已部署的监控脚本。
H:第九条 违约责任
P:（一）乙方未按期完成接口版本适配或季度安全巡检的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）驻场人员缺勤的，每人每日扣减服务费800元。
P:（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十条 分包
P:乙方不得将本合同项下的服务分包或转包给任何第三方，亦不得以劳务派遣等方式变相分包。
H:第十一条 合同解除
P:（一）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，乙方应赔偿由此给甲方造成的损失。
P:（二）因不可抗力致使合同无法继续履行的，双方可协商解除合同，甲方按实际服务期间结算服务费。
H:第十二条 服务期满
P:服务期满本合同即行终止，不自动续期。下一年度运维服务由甲方依法另行组织采购。服务期满前两个月，乙方应配合甲方开展需求调研；新的服务商确定后，乙方应提供不少于十五日的交接支持，不得拒绝移交运维资料。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交青川仲裁委员会仲裁。
H:第十四条 其他
P:（一）本合同附件包括单一来源采购文件、乙方响应文件、运维服务考核表和应急保障预案，与本合同具有同等效力。
P:（二）合同签订后，甲方依法在指定媒体公告合同信息。本合同一式五份，甲方三份、乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：青川市云岭区人民法院        乙方（盖章）：湖南衡智信息技术有限公司
P:日期：2026年__月__日
"""

# ---------------------------------------------------------------- h211z05 (.md, supplier's own template, "## 第X条" + X.Y, many problems)
H211Z05 = """
# 仓云WMS软件许可及定制开发合同

（仓云智联标准合同文本 V5.0）

合同编号：CY-WMS-2026-0863

甲方：广州禧月食品有限公司

乙方：深圳仓云智联软件有限公司

甲方为月饼及烘焙食品生产企业，因中秋备货季仓储作业需要，拟采购乙方仓云WMS仓储管理系统并进行定制开发。双方经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方授予仓云WMS仓储管理系统软件（以下简称“软件”）的永久使用许可，并根据甲方需求进行定制开发、部署实施和培训。

1.2 使用范围：甲方番禺成品仓、南沙原料仓及中秋季临时周转仓，共3个仓库，并发用户60个，PDA终端客户端40个。

1.3 定制开发内容以双方确认的《需求说明书》为准，包括中秋季波次拣货、礼盒组套加工、批次效期与临期管控、与甲方ERP及电商平台的接口。

1.4 本合同项下的软件许可仅限甲方自身使用，不包括甲方的关联公司。软件为乙方标准化产品。甲方理解并同意，超出《需求说明书》范围的需求，乙方按每人天2,800元另行收费。

## 第二条 合同价款

| 项目 | 数量 | 金额（元） |
|---|---|---|
| 仓云WMS标准版软件许可（永久，3仓/60用户） | 1套 | 420,000 |
| PDA客户端许可 | 40个 | 60,000 |
| 定制开发（波次拣货、组套加工、效期管控、ERP/电商接口） | 1项 | 386,000 |
| 部署实施 | 1项 | 78,000 |
| 培训 | 1项 | 16,000 |
| **合计** | | **960,000** |

合同总价为人民币玖拾陆万元整（¥960,000.00），含税。上述价格不含服务器、数据库、操作系统及PDA硬件，由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的55%，即人民币528,000元。

3.2 软件部署完成后5个工作日内，甲方支付合同总价的25%，即人民币240,000元。

3.3 系统上线运行后5个工作日内，甲方支付合同总价的20%，即人民币192,000元。

3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停实施和服务。

## 第四条 交付与上线

4.1 乙方在收到首期款后开始实施，计划于2026年7月15日前完成上线，以满足中秋备货季使用。

4.2 甲方应按乙方要求及时提供需求确认、基础数据、服务器环境及人员配合。因甲方需求变更、数据准备或配合延误导致延期的，交付期限相应顺延。

4.3 乙方负责在甲方提供的服务器上完成软件安装、基础数据初始化及与甲方ERP、电商平台接口的联调；甲方应保证服务器、数据库及网络环境符合乙方配置要求。

4.4 乙方为甲方提供两次集中培训，每次不超过两天，培训对象为仓库主管、系统管理员和关键用户。

4.5 软件安装介质、用户手册以电子方式交付。

4.6 因甲方原因导致项目暂停超过30日的，乙方有权要求甲方支付已完成工作的费用，并重新安排实施计划。

## 第五条 验收

5.1 软件部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方未在上线后七日内书面提出异议的，视为对上线结果无异议。

5.3 甲方在上线后发现问题的，可在免费维护期内向乙方提出，由乙方负责修复，但不影响验收结论及付款。

## 第六条 维护服务

6.1 乙方自系统上线之日起向甲方提供六个月免费维护服务，包括缺陷修复和远程技术支持。

6.2 维护期内，一级故障（系统无法进行出入库作业）乙方在12小时内响应，二级故障在2个工作日内响应，三级故障在后续版本中解决。

6.3 乙方将尽力在上述时限内响应，但乙方不因响应或修复超时承担任何扣款、赔偿或违约责任。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护合同，维护费按乙方届时有效的服务价格标准收取。

6.5 维护期内乙方以远程方式提供服务；确需现场服务的，甲方应承担乙方人员的差旅费用。

6.6 维护服务不包括：因甲方操作不当、擅自修改系统、第三方软件或硬件故障引起的问题，以及新增功能开发。该等服务乙方可另行收费。

## 第七条 知识产权

7.1 软件以及乙方为甲方定制开发的全部功能、程序、源代码、文档和其他成果的知识产权均归乙方所有。

7.2 甲方在本合同约定的使用范围内享有非独占、不可转让的使用权；未经乙方书面同意，甲方不得修改、反编译软件或定制成果，也不得交由第三方维护。

7.3 甲方不得将软件安装于约定仓库以外的场所；增加仓库或用户的，应另行购买许可。

## 第八条 数据

8.1 甲方的业务数据归甲方所有。

8.2 甲方同意，乙方可对系统运行中产生的业务数据进行匿名化和汇总处理，用于乙方产品改进、行业分析及对外发布的仓储指数，该等处理后的数据归乙方所有。

8.3 乙方应采取合理的技术和管理措施保护甲方数据安全，远程维护须经甲方同意；因乙方过错导致甲方数据泄露的，乙方应及时通知甲方并承担相应责任。

8.4 甲方应自行做好数据备份，因甲方未备份导致的数据丢失，乙方不承担责任。

## 第九条 保密

双方对因本合同获知的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但法律另有规定的除外。保密期限为合同终止后两年。乙方可将本项目作为案例，在其宣传材料中使用甲方名称及商标。

## 第十条 违约责任

10.1 因乙方原因延期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的5%。

10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，且乙方不承担任何间接损失、利润损失或数据损失。

10.3 甲方违反第七条约定，擅自修改软件或定制成果、或交由第三方维护的，乙方有权终止维护服务，并要求甲方支付相当于软件许可费一半的违约金。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除合同。

11.2 合同解除的，甲方已支付的软件许可费不予退还。

11.3 因不可抗力导致合同不能履行的，双方互不承担违约责任。

11.4 乙方因甲方逾期付款而暂停实施或服务的，不视为乙方违约，交付期限相应顺延。

## 第十二条 争议解决

因本合同发生的争议，双方应友好协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同附件《需求说明书》《实施计划》与本合同具有同等效力。

13.3 双方确认已充分阅读并理解本合同全部条款，乙方已就免除或限制其责任的条款向甲方作出提示和说明。

甲方（盖章）：广州禧月食品有限公司

乙方（盖章）：深圳仓云智联软件有限公司

签订日期：2026年__月__日
"""

# ---------------------------------------------------------------- h211e01 (.pdf, "Art. N (title)", Dutch style vendor, perpetual licence)
H211E01 = """
T:LICENCE, CONFIGURATION AND SUPPORT AGREEMENT - KILNSIM PRO
P:Agreement No. KW-2026-CN-031
P:THE UNDERSIGNED:
P:1. Yixing Mingyao Zisha Ware Co., Ltd., a company incorporated under the laws of the People's Republic of China, having its registered office at Dingshu Town, Yixing, Jiangsu Province, duly represented by its legal representative, hereinafter: the "Customer";
P:2. Kleiwerk Simulatie B.V., a private company with limited liability incorporated under Dutch law, having its registered office at Duinpad 3, Zuiderduintjes, the Netherlands, registered with the Dutch Chamber of Commerce under number 74120586, duly represented by its managing director, hereinafter: "Kleiwerk";
P:hereinafter jointly referred to as the "Parties" and each as a "Party";
P:WHEREAS:
P:A. the Customer produces zisha teapots and wishes to predict the shrinkage, deformation and crack risk of its clay bodies during firing by numerical simulation;
P:B. Kleiwerk develops and licenses the KilnSim Pro software for the simulation of ceramic firing and offers configuration and support services;
P:C. at the Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY);
P:HAVE AGREED AS FOLLOWS:
H:Art. 1 (Definitions)
P:1.1 "Software": the KilnSim Pro simulation software, version 7, in object code, including the Clay Body Library module and the user and administrator documentation (the "Documentation").
P:1.2 "Configuration": the adaptation of the Software to the Customer's kilns and clay bodies under Art. 4.
P:1.3 "Deliverables": all kiln models, calibrated clay-body parameter sets, firing-curve templates, scripts, reports and other results that Kleiwerk makes specifically for the Customer under this Agreement.
P:1.4 "Customer Data": all data supplied by the Customer or generated by the Software at the Customer's premises, including clay recipes, firing logs, kiln measurements and simulation results.
H:Art. 2 (Subject of the Agreement)
P:2.1 Kleiwerk grants the Customer a perpetual, non-exclusive and non-transferable licence to install and use the Software on three named workstations and one solver server at the Customer's premises in Yixing for the Customer's own business purposes.
P:2.2 Kleiwerk shall also carry out the Configuration, migrate the historic firing logs, train the Customer's staff and provide warranty and support.
H:Art. 3 (Prices and payment)
P:3.1 The total price for everything Kleiwerk supplies under this Agreement (the "Contract Price") is CNY 1,070,000, fixed, inclusive of VAT, travel and all other expenses, made up as follows:
P:(a) Software licence, three workstation seats at CNY 128,000 each: CNY 384,000;
P:(b) Software licence, one solver server: CNY 262,000;
P:(c) Clay Body Library module, perpetual: CNY 118,000;
P:licence subtotal (a) to (c): CNY 764,000;
P:(d) Configuration of four kilns and fourteen clay bodies: CNY 236,000;
P:(e) migration of the historic firing logs of 2019 to 2025: CNY 42,000;
P:(f) training of six users and two administrators: CNY 28,000.
P:3.2 The Contract Price is paid as follows: (a) 20% within thirty days after signature of this Agreement, against Kleiwerk's invoice; (b) 45% within thirty days after the Installation Certificate under Art. 5.2; (c) 35% within thirty days after Final Acceptance. No other amount is payable in advance.
H:Art. 4 (Configuration)
P:4.1 Kleiwerk shall model the Customer's two electric kilns, one gas shuttle kiln and the wood-fired dragon kiln at Qianshu, and shall characterise fourteen clay bodies, including zhuni, zini and duanni, on the basis of the samples and laboratory data supplied by the Customer.
P:4.2 Kleiwerk shall complete the Configuration and make the Software and the Deliverables available for acceptance testing within 120 days after signature of this Agreement, in accordance with the project plan in Annex 2.
H:Art. 5 (Delivery and installation)
P:5.1 Kleiwerk shall install the Software on the Customer's hardware within thirty days after signature of this Agreement.
P:5.2 After installation the Parties sign an Installation Certificate. The Installation Certificate confirms only that the Software has been installed and does not constitute acceptance of the Software or of any Deliverable.
H:Art. 6 (Acceptance)
P:6.1 The acceptance tests verify that: (a) for twenty test firings chosen by the Customer, the predicted linear shrinkage deviates by no more than 0.6 percentage points from the measured shrinkage; (b) the predicted crack-risk zones correspond to the cracks actually observed in at least eighteen of the twenty firings; (c) a standard teapot simulation is solved within 25 minutes on the solver server; (d) the migrated firing logs are complete and reconciled with the Customer's records; and (e) the Documentation and the Deliverables have been handed over.
P:6.2 The Parties carry out the acceptance tests jointly and record the results in a test protocol.
P:6.3 If all criteria of Art. 6.1 are met, the Customer signs a certificate of final acceptance ("Final Acceptance"). If not, Kleiwerk shall remedy the defects within fifteen days, after which the failed tests are repeated. Installation, use of the Software in production and payment of any instalment do not constitute acceptance.
H:Art. 7 (Warranty)
P:7.1 Kleiwerk warrants for a period of eighteen (18) months after Final Acceptance that the Software conforms to the Documentation and that the Deliverables conform to this Agreement. During this period Kleiwerk corrects errors free of charge and provides all updates and new versions of the Software.
P:7.2 The support services of Art. 8 are free of charge during the warranty period.
H:Art. 8 (Support and service levels)
P:8.1 Faults are classified as follows: Severity 1 - the solver server or all seats cannot be used; Severity 2 - a major function cannot be used and no workaround is available; Severity 3 - all other faults and questions.
P:8.2 Kleiwerk responds to Severity 1 faults within two (2) hours, at any time of day, by telephone and remote session, and provides a workaround within one business day; it responds to Severity 2 faults within eight business hours and to Severity 3 faults on the next business day.
P:8.3 For each full hour by which Kleiwerk exceeds the Severity 1 response time, Kleiwerk credits the Customer CNY 1,000, and for each day by which it exceeds the Severity 1 workaround time, CNY 2,000. Credits are deducted from the next invoice or paid within thirty days.
H:Art. 9 (Support after the warranty period)
P:9.1 After the warranty period the Customer may order annual support covering the services of Art. 7.1 and Art. 8. The annual support fee is 11% of the licence subtotal in Art. 3.1, i.e. CNY 84,040 per year, fixed for the first three support years; thereafter any increase is limited to the change in the consumer price index of the People's Republic of China and to no more than 3% per year.
P:9.2 Each support year is ordered by a written purchase order of the Customer. Support does not renew automatically.
H:Art. 10 (Intellectual property)
P:10.1 All intellectual property rights in the Software remain with Kleiwerk or its licensors.
P:10.2 All intellectual property rights in the Deliverables vest in the Customer upon their creation; to the extent necessary Kleiwerk hereby assigns them to the Customer. Kleiwerk delivers the Deliverables in editable form, and the Customer may use, modify and license them freely, also to third parties.
H:Art. 11 (Customer Data and data security)
P:11.1 Customer Data belongs to the Customer. Kleiwerk may process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development, benchmarking or the training of models.
P:11.2 The Software runs on the Customer's premises. Kleiwerk accesses the Customer's systems only through the Customer's VPN with multi-factor authentication and with the Customer's approval for each session; it shall not copy Customer Data outside the People's Republic of China without the Customer's prior written consent.
P:11.3 Kleiwerk shall notify the Customer of any security incident affecting Customer Data within 24 hours after discovery, shall take all measures needed to contain it, and is liable for the damage caused by incidents attributable to it.
H:Art. 12 (Subcontracting)
P:Kleiwerk shall not subcontract any part of its obligations without the Customer's prior written consent and remains fully responsible for any subcontractor approved.
H:Art. 13 (Confidentiality)
P:Each Party shall keep confidential all non-public information of the other Party received in connection with this Agreement, in particular the Customer's clay recipes and firing curves, and shall not disclose it to any third party without the other Party's prior written consent. This obligation survives the end of this Agreement for five years.
H:Art. 14 (Delay)
P:If Kleiwerk fails to make the Software and the Deliverables available for acceptance testing within the period set in Art. 4.2, Kleiwerk forfeits to the Customer, without notice of default being required, a penalty of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price, without prejudice to the Customer's right to claim full compensation instead.
H:Art. 15 (Liability)
P:The total liability of Kleiwerk under this Agreement is limited to 150% of the Contract Price. This limitation does not apply to damage caused by intent or deliberate recklessness of Kleiwerk or its managerial staff, to personal injury, or to breach of Art. 11 or Art. 13.
H:Art. 16 (Termination)
P:The Customer may terminate (ontbinden) this Agreement in whole or in part by written notice if Kleiwerk materially fails to perform its obligations and has not remedied the failure within twenty days after a written notice of default.
H:Art. 17 (Force majeure)
P:If force majeure prevents performance for more than sixty days, either Party may terminate this Agreement by written notice.
H:Art. 18 (Governing law and disputes)
P:18.1 This Agreement is governed by the laws of the Netherlands. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:18.2 All disputes arising out of or in connection with this Agreement shall be finally settled by arbitration in accordance with the Arbitration Rules of the Netherlands Arbitration Institute. The arbitral tribunal shall consist of three arbitrators, the place of arbitration shall be Rotterdam, and the proceedings shall be conducted in English.
H:Art. 19 (Final provisions)
P:19.1 Annex 1 (hardware specifications) and Annex 2 (project plan) form part of this Agreement.
P:19.2 Amendments are valid only in writing. Signed in duplicate.
P:For the Customer: ____________________    For Kleiwerk: ____________________
P:Place and date: Yixing, ____ 2026    Place and date: Zuiderduintjes, ____ 2026
"""

# ---------------------------------------------------------------- h211e02 (.txt, Order Form "N. HEADING" + General Terms "Clause N", Portuguese style vendor)
H211E02 = """
ORDER FORM No. BA-ZY-2026-07
issued under the General Terms of Service of Bilheteira Atlântica, Lda. (version 2026.1), reproduced below

VENDOR: Bilheteira Atlântica, Lda., a private limited company (sociedade por quotas) incorporated in Portugal, with registered office at Caminho do Ilhéu 2, Ilhéu de Cima, 9400 Porto Santo, Madeira, Portugal, registered with the Commercial Registry Office under the sole registration and tax number (NIPC) 516204873, with a share capital of EUR 50,000 ("Vendor").

CUSTOMER: Zhangye Danxia Geopark Tourism Development Co., Ltd., a company incorporated in the People's Republic of China, with registered office in Linze County, Zhangye, Gansu Province ("Customer").

1. SERVICE
The Vendor shall provide to the Customer its cloud ticketing platform "Bilhete360" (the "Service") for the Zhangye Danxia scenic area, comprising: online sale of timed-entry tickets through the Customer's WeChat mini-program and website; connection to two online travel agency channels; sale at six ticket offices; validation at 24 entrance turnstiles; allocation of seats on the sightseeing shuttle buses; and daily settlement and revenue reports.

2. SUBSCRIPTION TERM
The initial subscription term is thirty-six (36) months from the Go-Live Date (the "Initial Term"). Renewal is governed by Clause 13 of the General Terms.

3. FEES
At the Customer's request all Fees are stated and payable in Chinese yuan (CNY), inclusive of VAT.
(a) Subscription Fee: CNY 24,800 per month x 36 months = CNY 892,800;
(b) turnstile integration and platform setup, one-time: CNY 138,000;
(c) mini-program and travel-agency channel connectors, one-time: CNY 64,000;
(d) training of ticket-office and control-room staff, one-time: CNY 9,200.
Total Fees for the Initial Term: CNY 1,104,000.
The Subscription Fee covers up to 3.5 million tickets per year; no per-ticket charges apply within that volume.

4. IMPLEMENTATION AND GO-LIVE
The Vendor shall configure the Service, integrate the turnstiles and connect the sales channels in accordance with the implementation plan in Schedule 1. The target Go-Live Date is 1 April 2027, before the spring season. The Go-Live Date is the date on which the Customer signs the Go-Live Acceptance Certificate under Clause 5 of the General Terms.

5. INVOICING AND PAYMENT
No fees are payable before the Go-Live Date. The one-time fees in items 3(b) to 3(d) are invoiced on the Go-Live Date. The Subscription Fee is invoiced quarterly in arrears. Invoices are payable within thirty (30) days of receipt by bank transfer in CNY.

6. CONTACTS
Vendor project manager: Ms. Inês Carvalho. Customer project manager: Mr. Zhao Lin, Information Department.

7. DOCUMENTS
This Order Form, the General Terms below and Schedule 1 (implementation plan) form the agreement between the parties (the "Agreement"). The General Terms apply as printed below and have not been modified.

Signed for the Vendor: ____________________ (Gerente)      Signed for the Customer: ____________________
Date: ____ 2026

GENERAL TERMS OF SERVICE OF BILHETEIRA ATLÂNTICA, LDA. (VERSION 2026.1)

Clause 1 - Definitions
1.1 "Customer Data" means all data entered into or generated by the Service for the Customer, including visitor names, identity document numbers, mobile numbers, ticket and payment records and turnstile logs.
1.2 "Configuration" means the ticket types, price rules, time slots, page designs, report layouts and turnstile mappings set up for the Customer.
1.3 "Priority 1 Incident" means an incident that prevents ticket sale or ticket validation at the scenic area as a whole.

Clause 2 - Provision of the Service
2.1 The Vendor shall provide the Service in accordance with the Order Form and these General Terms, with reasonable skill and care.
2.2 The Service is hosted in a cloud region located in mainland China operated by the hosting provider named in Clause 10.2.
2.3 The Vendor may improve the Service from time to time, provided that no change materially reduces its functions.

Clause 3 - Customer obligations
3.1 The Customer shall provide the turnstile interfaces, network connectivity at the scenic area and the cooperation of its staff as set out in Schedule 1.
3.2 The Customer is responsible for the accuracy of the prices and ticket rules it approves.

Clause 4 - Fees
4.1 The Fees are fixed for the Initial Term.
4.2 Amounts not paid when due bear interest at 0.02% per day from the due date.

Clause 5 - Go-Live acceptance
5.1 Before Go-Live the parties run the acceptance tests in Schedule 1, which must show that: (a) all ticket types and price rules approved by the Customer are sold correctly through every channel; (b) each of the 24 turnstiles validates a ticket within one second; (c) the Service processes 3,000 ticket orders per minute without error in a load test; (d) the daily settlement report reconciles with the payment provider's statement for five consecutive test days.
5.2 When all criteria are met the Customer signs the Go-Live Acceptance Certificate. Use of the Service before that date for testing or for a soft opening does not constitute acceptance.

Clause 6 - Service levels
6.1 The Vendor targets a monthly availability of the Service of 99.95%, excluding maintenance announced at least 72 hours in advance and carried out between 00:00 and 05:00 China Standard Time.
6.2 The Vendor's support desk responds to a Priority 1 Incident within one (1) hour, at any time of day, and to other incidents within one business day.
6.3 The service levels in this Clause 6 are targets. The Vendor will use reasonable efforts to meet them, but a failure to meet a service level does not entitle the Customer to any service credit, refund, fee reduction, penalty or damages.

Clause 7 - Customer Data and data protection
7.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only on the Customer's instructions and only to provide the Service, and shall not use it for any other purpose.
7.2 The Vendor shall keep Customer Data in mainland China, protect it by encryption in transit and at rest, role-based access and logging, maintain a cybersecurity classified-protection (MLPS) level 3 filing for the Service and comply with the Personal Information Protection Law of the People's Republic of China.
7.3 The Vendor shall notify the Customer of any personal information or security incident affecting Customer Data within 24 hours of becoming aware of it, cooperate with the Customer and the authorities, and bear the losses resulting from incidents caused by it.
7.4 At the end of the Agreement the Vendor shall return all Customer Data in CSV format within thirty days and then delete it.

Clause 8 - Intellectual property
8.1 The Vendor retains all intellectual property rights in the Service and its software.
8.2 The Configuration, including page designs and report layouts made for the Customer, belongs to the Customer, which may use, modify and hand it over to any successor provider.

Clause 9 - Confidentiality
Each party shall keep confidential the information of the other party that is marked or should reasonably be understood as confidential, use it only for the purposes of the Agreement and not disclose it to third parties, during the Agreement and for three years thereafter.

Clause 10 - Subcontractors
10.1 The Vendor shall not subcontract the Service or any part of it without the Customer's prior written consent.
10.2 The Customer approves, by signing the Order Form, the hosting of the Service by Alibaba Cloud in its mainland China region.

Clause 11 - Liability
11.1 The total liability of each party under the Agreement is limited to two times the Total Fees stated in the Order Form.
11.2 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct (dolo) or gross negligence.

Clause 12 - Delays
Implementation dates in the Order Form are estimates. The Vendor shall use reasonable efforts to meet the target Go-Live Date, but shall not be liable for any delay in implementation, and no liquidated damages, penalty or compensation of any kind is payable for delay.

Clause 13 - Term, renewal and termination
13.1 After the Initial Term the Agreement renews automatically for successive periods of one year at the same Fees, unless either party gives written notice of non-renewal at least sixty days before the end of the current term.
13.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice describing the breach.
13.3 On termination the Customer pays the Fees due for the Service provided up to the termination date.

Clause 14 - Force majeure
Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics and government measures, provided it informs the other party promptly.

Clause 15 - Governing law and disputes
15.1 The Agreement is governed by Portuguese law.
15.2 Any dispute arising out of or in connection with the Agreement shall be finally settled by arbitration under the Rules of the Arbitration Centre of the Portuguese Chamber of Commerce and Industry, by a sole arbitrator, with its seat in Lisbon. The arbitration shall be conducted in English.

Clause 16 - Miscellaneous
16.1 Notices must be in writing and sent by courier or e-mail to the contacts in the Order Form.
16.2 If any provision of the Agreement is held invalid, the remaining provisions remain in force.
16.3 The Agreement is made in English; any Chinese translation is for reference only.
"""

# ---------------------------------------------------------------- h211e03 (.docx, "Article N", buyer's paper, Spanish integrator, sensors + maintenance)
H211E03 = """
T:Contract for the Supply, Installation and Maintenance of an Online Nitrite Monitoring System
P:Contract No. HY-AQ-2026-019
P:PARTIES
P:On the one part, Shantou Haiyue Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Nan'ao County, Shantou, Guangdong Province, represented by its general manager (the "Buyer").
P:On the other part, Acuisensor Lobeira, S.L., a limited liability company (sociedad limitada) incorporated in Spain, with its registered office at Lugar de Lobeira Grande 1, Isla de Lobeira, 15293 Cee, A Coruña, Spain, tax identification number B70584216, represented by its sole director (the "Supplier").
P:RECITALS
P:I. The Buyer farms red sea bream and yellowfin sea bream in net cages and recirculating nursery tanks at its Nan'ao site and needs continuous measurement of nitrite and other water-quality parameters to protect fish health.
P:II. The Supplier designs and integrates water-quality monitoring systems for aquaculture and has submitted its offer of 12 January 2026 in response to the Buyer's request for quotation.
P:III. At the Buyer's request all prices are stated and paid in Chinese yuan (CNY).
P:The Parties therefore agree on the following Articles.
H:Article 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission an online nitrite monitoring system for 24 monitoring points (16 net-cage groups and 8 nursery tanks), integrate it with the Buyer's feeding and aeration control system, train the Buyer's staff, and provide warranty and, if ordered, post-warranty maintenance services.
P:1.2 The detailed technical requirements are set out in Annex 1 (Technical Specification), which forms part of this Contract.
H:Article 2 Price
P:2.1 The Contract Price is CNY 1,880,000, fixed, inclusive of VAT, import duties, transport to the Nan'ao site, insurance, installation and all other costs of the Supplier, broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Online nitrite analyser (UV-optical, marine grade)|24|36,500|876,000
TB:2|Multi-parameter probe (DO, pH, temperature, salinity)|24|14,200|340,800
TB:3|Solar-powered buoy data logger with cellular modem|24|9,600|230,400
TB:4|AquaWatch monitoring software, perpetual site licence|1|168,000|168,000
TB:5|Edge gateway and on-site server|2|27,400|54,800
TB:|Hardware and licence subtotal|||1,670,000
TB:6|Installation, mooring and calibration|1|126,000|126,000
TB:7|Integration with feeding and aeration control|1|68,000|68,000
TB:8|Training (operators and maintenance staff)|1|16,000|16,000
TB:|Contract Price|||1,880,000
P:2.2 The post-warranty maintenance fee under Article 8 is not included in the Contract Price.
H:Article 3 Payment
P:3.1 The Buyer pays 10% of the Contract Price within twenty days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer pays 55% of the Contract Price within twenty days after the Installation Certificate under Article 5.3. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 The Buyer pays the remaining 35% of the Contract Price within twenty days after the Final Acceptance Certificate under Article 6.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's representative office in Shenzhen or by the Supplier.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Nan'ao site within 75 days after signature and complete installation and calibration within 30 days after delivery.
P:4.2 The Supplier shall moor the buoys and analysers in accordance with the mooring plan approved by the Buyer and shall observe the Buyer's biosecurity rules on the farm, including disinfection of equipment and boats.
P:4.3 Title and risk in the equipment pass to the Buyer upon delivery to the site, without prejudice to the Supplier's obligations under Articles 6 and 7.
H:Article 5 Installation Certificate
P:5.1 When all equipment is installed and powered, the Parties inspect the installation together.
P:5.2 Any visible defects are listed and corrected by the Supplier within ten days.
P:5.3 The Parties then sign an Installation Certificate.
H:Article 6 Acceptance
P:6.1 After installation the system runs a trial period of 30 days. Final acceptance requires that: (a) the nitrite readings of every monitoring point deviate by no more than 0.02 mg/L or 5% of the reading, whichever is greater, from the reference laboratory results on at least ten sampling days; (b) the data of all 24 points reach the server with no gap longer than 30 minutes; (c) alarms for nitrite above the limits set by the Buyer reach the duty mobile phones within 60 seconds; (d) the interface starts the aeration control when the alarm threshold is exceeded; and (e) all documentation, calibration records and training are completed.
P:6.2 When all criteria are met, the Buyer signs the Final Acceptance Certificate. If any criterion is not met, the Supplier shall correct the system within 15 days and the trial period is repeated for the failed points. Delivery, installation, use of the system by the Buyer or payment does not constitute acceptance.
H:Article 7 Warranty
P:7.1 The warranty period for all equipment and software is twenty-four (24) months from the Final Acceptance Certificate. During the warranty period the Supplier repairs or replaces defective equipment and corrects software errors free of charge, including parts, labour, travel and the replacement of sensor heads that fail in normal use, and supplies all software updates.
P:7.2 The Supplier performs a calibration visit every quarter during the warranty period.
H:Article 8 Post-warranty Maintenance
P:8.1 After the warranty period the Buyer may order annual maintenance covering the services of Article 7 and the service levels of Article 9. The annual maintenance fee is 9.5% of the hardware and licence subtotal, i.e. CNY 158,650 per year, fixed for the third, fourth and fifth year after Final Acceptance.
P:8.2 Maintenance is ordered year by year by written order of the Buyer and does not renew automatically.
H:Article 9 Service Levels
P:9.1 The Supplier shall provide a telephone and remote support line in Chinese and English. Faults are classified as follows:
TB:Severity|Definition|Response|On site
TB:Severity 1|Loss of nitrite readings or alarms for a whole cage group or tank hall|1 hour|24 hours
TB:Severity 2|Loss of readings at a single monitoring point|8 hours|3 days
TB:Severity 3|Other faults and questions|2 business days|next quarterly visit
P:9.2 For each hour by which the Supplier exceeds a Severity 1 response time, the Supplier pays CNY 800, and for each day by which it exceeds a Severity 1 on-site time, CNY 2,500. The Buyer may deduct these amounts from any payment due.
H:Article 10 Intellectual Property
P:10.1 The integration software, configuration files, alarm rules and dashboards developed for the Buyer under Article 1.1 belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver them with their source code.
P:10.2 The AquaWatch software remains the property of the Supplier; the Buyer holds a perpetual licence under this Contract.
H:Article 11 Data and Data Security
P:11.1 All water-quality data, alarm records and farm data collected by the system belong to the Buyer. The Supplier may process them only to perform this Contract and shall not use them for any other purpose.
P:11.2 The server stays on the Buyer's site. The Supplier shall secure the system by encrypted cellular links, individual accounts with strong passwords and logging of all remote access; remote access requires the Buyer's approval for each session, and no data may be copied outside the Buyer's systems.
P:11.3 The Supplier shall report any security incident affecting the system or the data to the Buyer within 12 hours, take immediate remedial measures and compensate the Buyer for the losses caused by incidents attributable to the Supplier.
H:Article 12 Confidentiality
P:Each Party shall keep confidential the other Party's technical and commercial information received under this Contract, including the Buyer's stocking densities, feed formulas and production figures, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of this Contract.
H:Article 13 Subcontracting
P:The Buyer approves, by signing this Contract, the mooring and diving work by Nan'ao Haixun Marine Engineering Co., Ltd. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:Article 14 Delay
P:If the Supplier fails to complete installation and calibration within the time set in Article 4.1, it pays liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate this Contract under Article 15.
H:Article 15 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or in the case of Article 14. The Supplier then refunds the amounts received for the parts not accepted and compensates the Buyer's losses.
H:Article 16 Force Majeure
P:A Party prevented from performing by typhoon, epidemic or other force majeure shall notify the other Party within five days and is excused for the duration of the event. If the event lasts more than 60 days, either Party may terminate this Contract.
H:Article 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes arising out of this Contract shall be submitted to the Shantou Arbitration Commission for arbitration in Shantou in accordance with its rules in force at the time.
H:Article 18 Final Provisions
P:This Contract is made in English and Chinese, both versions having equal force, in four originals, two for each Party, and takes effect on signature by both Parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____ 2026
"""

# ---------------------------------------------------------------- h211e04 (.md, "Clause N" + schedules, Irish style provider, managed IT)
H211E04 = """
# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** IMS/FZ/2026/044

**THIS AGREEMENT** is made on the ____ day of ____________ 2026

**BETWEEN:**

(1) **INISHGORT MANAGED SERVICES LIMITED**, a private company limited by shares incorporated in Ireland (registered number 712486), having its registered office at The Old Pilot House, Inishgort, Clew Bay, County Mayo, Ireland, acting through its branch in Fuzhou (the "**Provider**"); and

(2) **FUZHOU XUEYOU EDUCATION TECHNOLOGY CO., LTD.**, a company incorporated in the People's Republic of China, having its registered office at Gulou District, Fuzhou, Fujian Province (the "**Customer**").

**BACKGROUND:**

(A) The Customer develops online tutoring products and employs about 140 staff at its Fuzhou office and its studio in Cangshan.

(B) The Customer wishes to outsource the management of its end-user IT, office network, servers and cloud tenant to the Provider, and the Provider has agreed to provide those services on the terms of this Agreement.

(C) At the Customer's request, all charges are stated and payable in Chinese yuan (CNY).

**IT IS AGREED** as follows:

## Clause 1 Definitions and interpretation

1.1 In this Agreement: "**Services**" means the services described in Schedule 1; "**Service Levels**" means the levels set out in Schedule 2; "**Charges**" means the charges set out in Schedule 3; "**Commencement Date**" means the date on which the Customer signs the Service Commencement Certificate under Clause 4; "**Customer Data**" means all data of the Customer or its staff, students or parents that the Provider receives or can access in performing the Services.

1.2 Clause headings are for convenience only. References to a Schedule are to a schedule to this Agreement, which forms part of it.

## Clause 2 Term

2.1 This Agreement starts on the date of signature and, unless ended earlier in accordance with Clause 12, continues for twenty-four (24) months from the Commencement Date (the "**Term**").

2.2 This Agreement expires at the end of the Term. Any extension must be agreed in writing and signed by both parties; there is no automatic renewal.

## Clause 3 Services

3.1 The Provider shall provide the Services from the Commencement Date with the skill, care and diligence of a competent managed-services provider, in accordance with good industry practice and the Service Levels.

3.2 The Provider shall assign a named service delivery manager and at least two engineers based in Fuzhou to the Customer's account.

## Clause 4 Transition and Service Commencement

4.1 The Provider shall complete the transition activities in Schedule 1, Part B, within forty-five (45) days after signature of this Agreement.

4.2 Service commencement requires that: (a) all 140 user devices are enrolled in the Provider's management platform and patched to the current baseline; (b) all servers, switches, firewalls and wireless access points are recorded in the configuration database and monitored; (c) a restore test of the file server and the finance database is completed successfully; (d) the service desk has handled live calls for ten working days in parallel with the Customer's in-house staff; and (e) the runbooks and the network diagram have been delivered.

4.3 When all requirements of Clause 4.2 are met, the Customer signs a Service Commencement Certificate. Provision of any Services before that date does not constitute acceptance.

4.4 If the Provider has not achieved service commencement within the period in Clause 4.1 for reasons within its control, it shall pay the Customer CNY 1,200 for each day of delay, up to CNY 60,000.

## Clause 5 Charges and payment

5.1 The Charges are set out in Schedule 3 and are fixed for the Term.

5.2 The transition charge is invoiced on the Commencement Date. The monthly charges are invoiced monthly in arrears. No Charges are payable in advance.

5.3 The Customer shall pay each correct VAT invoice within thirty (30) days of receipt.

## Clause 6 Service Levels and service credits

6.1 The Provider shall meet the Service Levels in Schedule 2.

6.2 If the Provider fails to meet a Service Level, it shall credit the Customer the service credits in Schedule 2. Service credits are a price adjustment and do not limit the Customer's other rights.

## Clause 7 Customer obligations

7.1 The Customer shall give the Provider's engineers access to its premises, systems and administrator accounts as reasonably required and shall nominate a contact person.

7.2 The Customer remains responsible for the licences of the software it uses, unless Schedule 1 states otherwise.

## Clause 8 Intellectual property

8.1 The runbooks, configuration records, network diagrams, scripts and reports produced by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any other provider.

8.2 The Provider's management platform and tools remain the property of the Provider or its licensors.

## Clause 9 Customer Data

9.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only for the purpose of providing the Services and for no other purpose.

9.2 At the end of the Term the Provider shall return all Customer Data in its possession to the Customer.

## Clause 10 Confidentiality

10.1 Each party shall keep confidential all information of the other party that it receives under or in connection with this Agreement and that is marked as confidential or is by its nature confidential, and shall not disclose it to any third party except to its employees and professional advisers who need to know it.

10.2 This Clause 10 continues to apply for three years after the end of this Agreement.

## Clause 11 Liability

11.1 Neither party excludes or limits liability for death or personal injury caused by its negligence, or for fraud.

11.2 Subject to Clause 11.1, the total liability of the Provider under or in connection with this Agreement shall not exceed 150% of the total Charges payable for the Term.

## Clause 12 Duration and ending of the Agreement

12.1 This Agreement may not be terminated by either party before the end of the Term, except under Clause 13.

12.2 The Customer's remedies for any failure of the Provider to perform the Services are the service credits under Clause 6, the payment under Clause 4.4 and a claim for damages, subject to Clause 11.

12.3 On expiry the Provider shall give reasonable assistance, for up to thirty days at the rates in Schedule 3, to transfer the Services to the Customer or a new provider.

## Clause 13 Force majeure

If a party is prevented from performing by an event beyond its reasonable control for more than sixty (60) consecutive days, either party may end this Agreement by written notice.

## Clause 14 Subcontracting and assignment

The Provider shall not subcontract any of the Services or assign this Agreement without the Customer's prior written consent, and it remains responsible for the acts and omissions of any approved subcontractor.

## Clause 15 Governing law and jurisdiction

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Fuzhou Arbitration Commission for arbitration in Fuzhou in accordance with its rules. The award is final and binding.

## Clause 16 General

16.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter.

16.2 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses above.

## Schedule 1 Services

**Part A - Services.** (1) Service desk in Chinese and English by telephone, e-mail and chat, 08:00 to 21:00 on working days and 09:00 to 18:00 at weekends; (2) desktop support for 140 users, on site in Gulou and Cangshan; (3) management of the office network, firewalls and Wi-Fi at both sites; (4) management of 18 servers, including patching, monitoring and daily backup; (5) administration of the Customer's cloud office tenant, accounts and licences; (6) monthly service report and quarterly review meeting.

**Part B - Transition.** Discovery and documentation of the current estate; enrolment of devices; set-up of monitoring and backup; knowledge transfer from the Customer's in-house staff; parallel running as in Clause 4.2.

## Schedule 2 Service Levels and service credits

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| P1 | Whole office or studio without network, or a core server down | 30 minutes | 6 hours |
| P2 | A department or a key application unavailable | 2 hours | 1 working day |
| P3 | A single user affected | 8 working hours | 3 working days |

Credits: for each P1 incident whose response or resolution target is missed, 3% of the monthly charges for that month; for P2 and P3 targets, if fewer than 95 tickets in every hundred in a month meet their targets, 2% of the monthly charges. Total credits in a month are limited to 20% of the monthly charges.

## Schedule 3 Charges

| Item | Basis | Monthly (CNY) | Term total (CNY) |
|---|---|---|---|
| Service desk and desktop support | 140 users x CNY 260 | 36,400 | 873,600 |
| Network and server management | 2 sites, 18 servers | 14,800 | 355,200 |
| Cloud tenant administration | per month | 5,600 | 134,400 |
| Transition | one-time | - | 48,000 |
| **Total Charges for the Term** | | **56,800** | **1,411,200** |

Additional work outside the Services is charged at CNY 680 per engineer hour, only if ordered in writing by the Customer.

**SIGNED** for and on behalf of the Provider: ____________________

**SIGNED** for and on behalf of the Customer: ____________________
"""

# ---------------------------------------------------------------- h211e05 (.txt, "§ N (1)", Italian style vendor, API subscription + integration)
H211E05 = """
SUBSCRIPTION AND INTEGRATION AGREEMENT
for the NonOGM Cert API service

Ref. CZ/2026/0117

BETWEEN

Certificati Zannone S.r.l., a limited liability company incorporated under Italian law, with registered office at Via del Faro 1, Isola Zannone, 04027 Ponza (LT), Italy, VAT number IT 03187450591, registered with the Companies Register of Latina, in the person of its managing director (hereinafter "the Vendor")

AND

Shanxi Jinhuang Millet Import and Export Co., Ltd., a company incorporated under the laws of the People's Republic of China, with registered office in Qinxian County, Changzhi, Shanxi Province, in the person of its legal representative (hereinafter "the Customer")

(each a "Party" and together the "Parties")

WHEREAS

(a) the Customer exports hulled millet and millet products to importers in the European Union, who require for each shipment a certificate that the goods are free of genetically modified organisms, based on PCR tests by an accredited laboratory;
(b) the Vendor operates the NonOGM Cert API, an online service that issues, signs and publishes such certificates on the basis of laboratory results and batch data, and a portal on which importers and authorities can verify them;
(c) the Customer wishes to subscribe to the service and to have its ERP system and the reporting system of its contract laboratory connected to it;
(d) at the Customer's request, all amounts are stated and paid in Chinese yuan (CNY);

NOW, THEREFORE, the Parties agree as follows.

§ 1 Recitals and annexes
(1) The recitals and the annexes form an integral and substantial part of this Agreement.
(2) Annex A contains the functional description of the service, Annex B the integration specification and Annex C the integration acceptance test plan.

§ 2 Subject matter
(1) The Vendor shall provide the Customer with access to the NonOGM Cert API and to the verification portal for the Subscription Term (the "Service").
(2) The Vendor shall also develop a connector between the Customer's ERP system and the Service, map the laboratory result files of the Customer's contract laboratory to the certificate data model, localise the certificate templates in English, Italian and German, and train the Customer's staff (together the "Integration Services").
(3) The Vendor carries out the Integration Services with its own staff, remotely and, for the training, at the Customer's premises in Changzhi.

§ 3 Term
(1) The Subscription Term is twenty-four months from the date of Integration Acceptance under § 5.
(2) The Agreement ends on the expiry of the Subscription Term and does not renew automatically. Any renewal requires a new written agreement.

§ 4 Fees and payment
(1) The fees for this Agreement are:
    a) API subscription, up to 6,000 certificates per year: CNY 16,500 per month, for 24 months, CNY 396,000;
    b) verification portal for importers: CNY 3,200 per month, for 24 months, CNY 76,800;
    c) ERP connector and laboratory data mapping, one-time: CNY 148,000;
    d) localisation of certificate templates, one-time: CNY 24,000;
    e) training, one-time: CNY 8,200.
    Total contract value: CNY 653,000, inclusive of VAT.
(2) The one-time fees under c) to e) are invoiced after Integration Acceptance. The monthly fees are invoiced quarterly in arrears. No amount is due before Integration Acceptance.
(3) Invoices are payable within thirty days from receipt by bank transfer.
(4) The fees are fixed for the Subscription Term.

§ 5 Integration and acceptance
(1) The Vendor shall complete the Integration Services within sixty days from the signature of this Agreement.
(2) Integration Acceptance requires that, in the tests of Annex C: a) one hundred test batches entered in the Customer's ERP system produce certificates whose data match the ERP and laboratory records field by field; b) each certificate carries a valid electronic signature and a QR code that opens the correct record on the verification portal; c) a laboratory result showing a GMO content above the limit set in Annex A blocks the issue of the certificate; d) the connector processes a batch of 200 certificate requests without error.
(3) If the tests are passed, the Customer signs the Integration Acceptance report within five working days. If they are not passed, the Vendor corrects the defects within ten days and the tests are repeated. Productive use of the Service before the report does not constitute acceptance.
(4) The Customer shall give the Vendor test access to its ERP system and sample laboratory result files within ten days from signature and shall nominate a project contact. Delays caused by the Customer extend the period of paragraph (1) accordingly.
(5) If the Vendor does not make the Integration Services available for acceptance within the period of paragraph (1), it shall pay the Customer a penalty of 0.08% of the total contract value for each day of delay, up to 8% of the total contract value.

§ 6 Availability and support
(1) The Vendor shall use commercially reasonable efforts to keep the Service available and to carry out maintenance outside European business hours where possible.
(2) The Customer may report malfunctions by e-mail to the Vendor's support address. The Vendor will deal with reports as soon as practicable, taking into account their urgency.
(3) Changes to the API that affect the connector are announced at least thirty days in advance. During the Subscription Term the Vendor adapts the connector to such changes at no additional charge.

§ 7 Data of the Customer
(1) Batch data, laboratory results, importer details and certificates of the Customer ("Customer Data") belong to the Customer. The Vendor processes Customer Data only to issue, publish and verify the Customer's certificates and shall not use them for any other purpose, nor disclose them except on the verification portal as required for verification.
(2) The Vendor protects Customer Data with the measures of its information security management system certified to ISO/IEC 27001, including encryption in transit and at rest, role-based access, logging and daily backups.
(3) The Vendor shall notify the Customer of any breach of security affecting Customer Data within 48 hours, take the necessary remedial measures and indemnify the Customer for the damage caused by breaches attributable to the Vendor.
(4) On expiry of the Agreement the Vendor returns all Customer Data, including the issued certificates, to the Customer in a structured format and then deletes it from its systems.

§ 8 Intellectual property
(1) The Service, its software and its documentation are and remain the exclusive property of the Vendor.
(2) The ERP connector, the laboratory data mappings, the localised certificate templates and any other work product created for the Customer under the Integration Services are and remain the property of the Vendor. The Customer receives a non-exclusive, non-transferable licence to use them, for the Subscription Term only, together with the Service.

§ 9 Confidentiality
(1) Each Party shall keep confidential any technical or commercial information of the other Party obtained in performing this Agreement, including the Customer's prices, customers and laboratory results, and shall use it only for the purposes of this Agreement.
(2) Paragraph (1) does not apply to information that is or becomes public through no fault of the receiving Party, that the receiving Party already lawfully knew, or that must be disclosed by law or by order of an authority.
(3) This obligation continues for three years after the end of the Agreement.

§ 10 Subcontracting
The Vendor shall not entrust the performance of this Agreement, in whole or in part, to third parties without the Customer's prior written consent. The Customer's consent does not relieve the Vendor of its responsibility.

§ 11 Liability
(1) The Vendor's total liability under this Agreement shall not exceed 150% of the total contract value.
(2) The limitation does not apply in case of wilful misconduct or gross negligence, or to breach of § 7.

§ 12 Termination
(1) The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within twenty days from a written notice to do so.
(2) In case of termination, the Vendor refunds the fees paid for any period after the termination date and hands over the Customer Data in a structured format.

§ 13 Force majeure
(1) Neither Party is liable for failure to perform caused by events beyond its reasonable control, provided that it informs the other Party without delay and resumes performance as soon as possible.
(2) If such an event lasts more than sixty days, either Party may terminate this Agreement by written notice; fees are due only for the period in which the Service was provided.

§ 14 Governing law and disputes
(1) At the Customer's request this Agreement is governed by the laws of the People's Republic of China.
(2) Any dispute arising from this Agreement shall be submitted to the Taiyuan Arbitration Commission for arbitration in Taiyuan under its rules.

§ 15 Final provisions
(1) Any amendment to this Agreement must be made in writing and signed by both Parties.
(2) Notices to the Vendor are sent by certified e-mail (PEC) or courier to its registered office; notices to the Customer by e-mail and courier to its registered office.
(3) The invalidity of any provision does not affect the remaining provisions.
(4) This Agreement is drawn up in English in two originals.

Ponza / Changzhi, ____ 2026

For the Vendor: ____________________          For the Customer: ____________________
"""

# ---------------------------------------------------------------- output
PLAIN = {  # written as they are (UTF-8, one trailing newline)
    "h211z02_bearing_plant_vibration_inspection_equipment.txt": H211Z02,
    "h211z03_pet_grooming_chain_booking_membership_saas.md": H211Z03,
    "h211z05_mooncake_maker_wms_supplier_template.md": H211Z05,
    "h211e02_geopark_ticketing_saas_order_form.txt": H211E02,
    "h211e04_edtech_managed_it_desktop_support.md": H211E04,
    "h211e05_millet_exporter_gmo_free_certificate_api.txt": H211E05,
}
SOURCES = {"h211z01": H211Z01, "h211z04": H211Z04, "h211e01": H211E01, "h211e03": H211E03}
TARGETS = {"h211z01": ("h211z01_port_office_smart_clearance_platform.docx", "docx"),
           "h211z04": ("h211z04_district_court_litigation_service_om.pdf", "pdf"),
           "h211e01": ("h211e01_teapot_maker_firing_simulation_licence.pdf", "pdf"),
           "h211e03": ("h211e03_sea_bream_farm_nitrite_sensors.docx", "docx")}

if __name__ == "__main__":
    for name, text in PLAIN.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
