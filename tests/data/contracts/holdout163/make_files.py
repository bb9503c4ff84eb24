"""Builds the ten contracts of holdout163 (blind held-out set of ORDINARY drafts) from the sources below.

.txt / .md files are written as they are; the two .docx and the two .pdf are built with ../word_pdf.py
(`write(..., wrap_words=True)`, so PDF paragraphs break at word boundaries). Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h163z01 (.docx): 市图书馆 智慧图书馆 RFID 自助借还系统集成, 政府采购 公开招标, buyer's paper; 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H163Z01 = """
T:江州市图书馆智慧图书馆RFID自助借还系统集成项目采购合同
P:合同编号：JZTSG-ZFCG-2026-017
P:采购方式：公开招标（项目编号：JZCG2026-0412）
P:甲方（采购人）：江州市图书馆
P:乙方（供应商）：江州睿书信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方协商一致，订立本合同。上述文件及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责为甲方总馆及湖滨、新城两处街区分馆建设RFID自助借还系统，包括设备供货、馆藏标签转换加工、智慧图书馆管理平台软件部署、与甲方现有图书馆集成管理系统（以下称“业务系统”）的SIP2接口开发、安装调试、培训及质保期内的维护服务。
P:1.2 乙方所供设备应为全新合格产品，符合招标文件技术参数要求。RFID标签及读写设备应符合ISO 15693及ISO 18000-3标准。
P:1.3 本项目馆藏标签转换数量为60万册，范围为总馆中文图书外借区、少儿区及两处分馆的全部外借图书。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰玖拾陆万元整（¥2,960,000.00），包括设备、软件、标签、运输、保险、安装调试、接口开发、标签转换加工、培训、质保期内服务及全部税费。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|RFID自助借还机（立式，含读者证及身份证识别）|12台|68,500|822,000
TB:2|自助还书分拣系统（7格口）|1套|386,000|386,000
TB:3|街区自助图书馆（含书柜及借还终端）|2台|215,000|430,000
TB:4|馆员工作站（标签转换及流通）|8套|9,800|78,400
TB:5|RFID安全门禁|6套|26,500|159,000
TB:6|手持盘点仪|4台|18,600|74,400
TB:7|高频RFID图书标签|600,000枚|0.62|372,000
TB:8|智慧图书馆管理平台软件（永久许可）|1套|268,000|268,000
TB:|设备及软件小计|||2,589,800
TB:9|SIP2接口开发（定制）|1项|96,000|96,000
TB:10|馆藏标签转换加工|600,000册|0.35|210,000
TB:11|安装调试及培训|1项|64,200|64,200
TB:|合同总价|||2,960,000
P:2.2 本合同为固定总价合同，合同履行期间价格不作调整。
H:第三条 履约保证与付款方式
P:3.1 乙方应在合同签订前向甲方提交合同总价2%的履约保函，履约保函有效期至质保期满。
P:3.2 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即人民币592,000元。
P:3.3 全部设备到货安装完成、标签转换完成并经初验合格后，甲方支付合同总价的45%，即人民币1,332,000元。
P:3.4 项目终验合格后，甲方支付合同总价的35%，即人民币1,036,000元。
P:3.5 乙方应在每期付款前向甲方开具等额合规发票。
H:第四条 交货与实施
P:4.1 乙方应在合同签订后60日内完成全部设备到货及安装，90日内完成标签转换加工及SIP2接口联调，并提交初验申请。
P:4.2 标签转换加工应在甲方指定区域分区闭架作业，每日作业完成后图书须按原排架位置归架，不得影响甲方正常开放。乙方作业人员应遵守甲方馆内管理规定。
P:4.3 设备到货时双方共同开箱清点并签署到货清单。到货签收仅表示数量核对，不代表质量验收。
H:第五条 验收
P:5.1 初验：全部设备安装调试及标签转换完成后，甲方组织初验。初验标准为：（1）设备品牌、型号、数量及技术参数与投标文件一致；（2）随机抽检1,000册已转换图书，识读失败不超过3册，且书目数据与业务系统记录一致；（3）自助借还机单册借还处理时间不超过3秒，叠放5册可一次识别；（4）SIP2接口借书、还书、续借、查询、预约功能全部通过测试；（5）安全门禁对未办理借阅图书的报警测试全部通过。
P:5.2 终验：初验合格后系统试运行60日，试运行期间未发生一级故障且故障累计不超过三次的，甲方组织终验，并可邀请第三方专家参加。终验合格后双方签署终验报告。
P:5.3 设备到货、安装完成、上线试运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并承担费用后重新验收。
H:第六条 质保与维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供设备维修、零部件更换、软件升级及现场技术支持，每季度进行一次现场巡检。
P:6.2 故障分级及响应：一级故障（总馆或任一分馆借还业务全部中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单台设备故障或部分功能异常）2小时内响应，次日内修复；三级故障（一般咨询）一个工作日内答复。
P:6.3 乙方未按6.2约定时限响应、到场或恢复的，每超时1小时，乙方应向甲方支付人民币500元，甲方可从应付款中直接扣除。
P:6.4 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过设备及软件小计的8%，即每年不超过人民币207,184元，且质保期满后三年内不得上调。维护合同另行签订，不自动续期。
H:第七条 数据安全与个人信息保护
P:7.1 读者个人信息、借阅记录、馆藏书目数据及系统运行日志等数据均属于甲方所有。乙方仅可为履行本合同的目的在甲方授权范围内处理上述数据，不得复制、留存、向第三方提供或用于任何其他目的。
P:7.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，采取访问控制、最小授权、操作留痕等安全措施；远程维护须经甲方逐次审批，并通过甲方指定的堡垒机进行；标签转换所用设备不得接入互联网。
P:7.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应立即采取补救措施，并在2小时内书面报告甲方。因乙方原因导致安全事件的，乙方承担全部责任，赔偿甲方及读者由此遭受的损失。
H:第八条 保密
P:8.1 乙方对履约过程中知悉的甲方网络结构、系统账号口令、读者信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的SIP2接口程序、数据转换脚本及相关文档的知识产权归甲方所有，乙方应在终验时交付源代码及技术文档，甲方有权自行修改、使用并许可第三方使用。
P:9.2 智慧图书馆管理平台软件的著作权仍归原权利人所有，乙方保证甲方获得永久、不限终端数量的使用许可。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金；违约金累计不超过合同总价的10%。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十一条 分包与转包
P:11.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日、所供设备经两次整改仍不能通过验收、或发生本合同第七条所列数据安全事件的，甲方有权书面通知解除本合同，乙方应退还甲方已付款项并赔偿损失。
P:12.2 任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:14.2 本合同附件：招标文件、投标文件、中标通知书、设备技术参数表、验收方案。
P:甲方（盖章）：江州市图书馆　　　　乙方（盖章）：江州睿书信息技术有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h163z02 (.txt): 铸造厂 熔炼炉温度在线监测系统 供货 + 质保期满后维护; 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H163Z02 = """熔炼炉温度在线监测系统供货及维护合同

合同编号：XY-SB-2026-036
甲方（买方）：泊头市鑫源铸造有限公司
乙方（卖方）：沧州精测自动化科技有限公司

甲乙双方根据《中华人民共和国民法典》，就甲方熔炼炉温度在线监测系统的供货、安装及维护事宜，经协商一致，订立本合同，共同遵守。

一、合同标的及价格
（一）乙方向甲方供应熔炼炉温度在线监测系统一套，用于甲方一车间4台5吨中频感应电炉及二车间2台冲天炉（以下合称“6台熔炼炉”）的铁水温度、炉衬温度及冷却水温度的在线监测与报警，并负责安装、调试、培训及质保期满后的维护服务。
（二）系统组成及价格如下：
1. 双色红外铁水测温仪 6台，单价46,800元，小计280,800元；
2. 快速热电偶测温枪及数显仪表 6套，单价12,400元，小计74,400元；
3. 炉衬温度监测装置（埋入式热电偶及采集模块）6炉，单价58,000元，小计348,000元；
4. 冷却水温度及流量监测装置 6套，单价9,600元，小计57,600元；
5. 工业数据采集网关 6台，单价7,800元，小计46,800元；
6. 监测平台服务器及软件（含报警、温度曲线、炉次报表，永久许可）1套，186,000元。
以上硬件及软件小计993,600元。
7. 安装、布线及调试 78,400元；
8. 操作及维护培训 8,000元。
（三）合同总价为人民币壹佰零捌万元整（¥1,080,000），含增值税、运输、保险、安装调试及培训费用。除本合同第六条约定的维护费外，甲方无需另行支付其他费用。

二、交货与安装
（一）乙方应于合同生效后45日内将全部设备运至甲方厂区指定地点。安装应结合甲方停炉检修计划进行，乙方应在甲方书面通知停炉后10日内完成对应熔炼炉的安装。
（二）安装涉及炉体、冷却水管路及配电的，乙方应事先提交施工方案，经甲方设备部审批后实施，并遵守甲方安全生产管理制度及动火作业、高温区域作业的有关规定。乙方人员在甲方厂区发生的人身伤害由乙方负责，但因甲方原因造成的除外。
（三）到货时双方共同清点，到货签收仅为数量和外观确认，不代表质量验收。

三、验收
（一）全部设备安装调试完成后，系统连续运行72小时无故障的，乙方提交验收申请。
（二）验收标准：
1. 铁水测温结果与标准热电偶比对，偏差不超过±5℃；
2. 炉衬温度超限、冷却水断流及进出水温差超限报警准确触发，报警信息在10秒内推送至值班终端及手机；
3. 数据采集完整，历史数据可保存三年以上，并可按炉次查询、导出；
4. 与甲方MES系统的炉次数据接口运行正常，数据一致；
5. 乙方已提交竣工资料、操作手册、校准记录及备件清单。
（三）符合上述标准的，双方签署验收报告。安装完成或甲方已投入生产使用的，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收，费用由乙方承担。

四、付款
（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即108,000元。
（二）全部设备到货并经甲方签收后10个工作日内，甲方支付合同总价的35%，即378,000元。
（三）验收合格后10个工作日内，甲方支付合同总价的50%，即540,000元。
（四）合同总价的5%，即54,000元，作为质量保证金，于质保期满且无未处理质量问题后10个工作日内支付。
（五）乙方应在每次付款前开具合规的增值税专用发票。

五、质量保证
（一）质保期为十八个月，自验收合格之日起计算。质保期内，设备因质量问题损坏的，乙方免费维修或更换；热电偶偶丝、测温探头保护套管等易耗件按附件所列数量免费提供。
（二）质保期内，一级故障（任一熔炼炉测温或报警功能全部失效）乙方应在1小时内响应，6小时内到达现场处理；二级故障（单个测点异常或数据中断）2小时内响应，次日内处理完毕。
（三）乙方未按前款时限响应或到场的，每超时1小时，甲方可从质量保证金中扣减300元。
（四）乙方应在甲方厂区存放常用备件，备件清单见附件。

六、质保期满后的维护服务
（一）质保期满后，乙方继续为甲方提供系统维护服务，内容包括：每月一次现场巡检，每季度一次测温仪表校准，软件维护及升级，热电偶偶丝、测温探头保护套管等易耗件的定期更换。
（二）年度维护费为人民币258,336元，即硬件及软件小计的26%，自质保期满次日起按年计收，每年分四次于季度末支付。该费用在质保期满后五年内不作调整。
（三）维护服务期间的故障响应时限及扣减标准同本合同第五条第（二）、（三）项。
（四）甲方可提前60日书面通知乙方终止维护服务，已支付的当季费用不予退还。

七、数据与网络安全
（一）系统采集的温度数据、炉次记录、报警记录及甲方工艺参数均属于甲方所有，乙方仅可为履行本合同目的使用，不得复制、对外提供或用于其他目的。
（二）监测平台部署于甲方厂内服务器，与甲方办公网络逻辑隔离。乙方远程维护须事先取得甲方设备部同意，通过甲方开通的专用VPN账号进行，操作全程留存日志，维护完成后账号即行关闭。
（三）乙方应采取必要的技术和管理措施防止数据泄露、篡改或丢失。发生安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成数据泄露或系统被入侵的，乙方承担全部赔偿责任。

八、保密
乙方对在甲方厂区内获知的熔炼工艺、配料方案、生产计划、客户信息等商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后五年内持续有效。

九、知识产权
（一）乙方为甲方定制开发的炉次报表、MES数据接口程序及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改、使用。
（二）监测平台软件著作权归乙方所有，乙方授予甲方永久使用许可，该许可不因维护服务终止而失效。
（三）乙方保证所供设备及软件不侵犯任何第三方的合法权利。

十、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
（三）因设备质量问题造成甲方熔炼事故或停产损失的，乙方应承担相应赔偿责任。

十一、分包
乙方不得转包。安装布线中的辅助施工确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。

十二、合同解除
（一）乙方逾期交货超过30日，或验收经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
（二）任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除合同。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十四、其他
（一）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
（二）附件：设备技术参数表、易耗件及备件清单、安装施工方案。

甲方（盖章）：泊头市鑫源铸造有限公司        乙方（盖章）：沧州精测自动化科技有限公司
代表人签字：                              代表人签字：
日期：2026年  月  日                       日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h163z03 (.md): 驾校连锁 学员预约培训 SaaS, 三年 + 实施; Markdown headings "## 1 …" + 1.1
# ---------------------------------------------------------------------------------------------------------------
H163Z03 = """# 学员预约培训管理系统（SaaS）服务及实施合同

**合同编号**：YC-JP-2026-0058

**甲方（客户）**：盐城通达机动车驾驶员培训有限公司

**乙方（服务商）**：南京驾联云科技有限公司

甲方在盐城市区及下辖县共设有9个训练场。为实现学员在线预约、教练排班及培训学时管理，甲方委托乙方提供学员预约培训管理系统的云服务及实施服务。双方经协商一致，订立本合同。

## 1 服务内容

1.1 乙方通过其云平台向甲方提供“驾联云”学员预约培训管理系统（以下称“平台”）的使用服务，包括学员端小程序、教练端App及管理后台，功能涵盖报名、缴费对账、科目二及科目三预约、教练排班、车辆调度、学时统计及学员评价。

1.2 乙方提供实施服务：按甲方9个训练场的场地、车辆及教练情况完成平台配置；迁移甲方现有学员档案及学时记录；完成平台与省计时培训监管平台的数据对接；为甲方管理人员及教练提供培训。

1.3 服务期为三年，自上线验收合格之日起计算。

## 2 费用

| 项目 | 数量 | 单价 | 金额（元） |
|---|---|---|---|
| 平台订阅服务（含小程序、教练端、管理后台） | 9个训练场 × 3年 | 26,000元/训练场/年 | 702,000 |
| 实施服务（配置、数据迁移、监管平台对接、培训） | 1项 | 118,000元 | 118,000 |
| 合计 | | | 820,000 |

2.1 本合同总价为人民币820,000元，含税。服务期内订阅单价不作调整。

2.2 短信及微信消息推送费用已包含在订阅费内，每月推送量不设上限。

2.3 服务期内甲方新增训练场的，按每个训练场每年26,000元的单价、按实际服务月数折算计费，并以书面补充协议确认。

## 3 付款

3.1 本合同不设预付款。

3.2 实施费118,000元于上线验收合格后15个工作日内支付。

3.3 订阅费按季度结算，每季度58,500元，于每个服务季度结束后15个工作日内支付。

3.4 乙方应在付款前开具合规的增值税专用发票。

## 4 实施与上线验收

4.1 乙方应在合同签订后45日内完成配置、数据迁移及监管平台对接，并提交上线验收申请。

4.2 上线验收标准：（1）9个训练场的学员档案、已完成学时与甲方原系统逐条核对一致；（2）预约、签到、学时数据能实时上传省计时培训监管平台，并通过监管平台的联调测试；（3）500名学员同时在线预约时，页面响应时间不超过3秒；（4）试运行15日内未发生一级故障；（5）乙方提交操作手册及配置说明。

4.3 符合上述标准的，甲方签署上线验收单。平台开通账号或甲方试用，均不视为验收合格。

4.4 乙方未按4.1约定时间完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。

4.5 甲方应在合同签订后10日内提供各训练场的场地、车辆、教练及现有学员资料，指定一名项目联系人，并协调省计时培训监管平台的接口申请。因甲方原因延误的，上线期限相应顺延。

4.6 乙方应为甲方各训练场的管理人员及教练提供现场或远程培训，每个训练场不少于一次，并提供操作视频及常见问题手册。

## 5 服务水平

5.1 平台月度可用率不低于99.95%。经甲方同意、在凌晨0时至6时之间进行的计划维护不计入不可用时间。

5.2 故障响应：一级故障（平台无法登录、无法预约或学时无法上传）乙方应在15分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内恢复；三级故障（咨询及一般问题）一个工作日内答复。

5.3 乙方应每月向甲方提供服务报告，内容包括当月可用率、故障记录及处理情况、预约量及系统容量情况。甲方对报告数据有异议的，双方依据平台日志核对。

5.4 服务补偿：当月可用率低于99.95%但不低于99.5%的，乙方按当月订阅费的5%补偿甲方；低于99.5%的，按当月订阅费的10%补偿。一级故障每超出恢复时限1小时，另按当月订阅费的2%补偿。补偿款从下一季度订阅费中抵扣。

## 6 数据

6.1 学员个人信息、预约及培训记录、教练及车辆信息、缴费记录等数据（以下称“甲方数据”）归甲方所有。

6.2 甲方同意，乙方有权对甲方数据进行去标识化处理后，用于平台功能优化、驾培行业统计分析及发布行业报告，该项权利在本合同终止后继续有效。

6.3 数据安全：平台已通过网络安全等级保护三级测评，甲方数据存储于境内云服务器；乙方应对甲方数据进行加密存储和传输，实行权限分级和操作审计，不得将甲方数据出境。发生数据泄露、丢失等安全事件的，乙方应在12小时内通知甲方，采取补救措施，并赔偿因此给甲方造成的损失。

6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部甲方数据，此后删除平台中的甲方数据并出具删除说明。

6.5 乙方仅可在甲方授权的范围内处理学员个人信息。学员要求查询、更正或删除其个人信息的，乙方应在收到甲方通知后5个工作日内配合完成。

## 7 保密

双方对在合作中知悉的对方商业秘密、技术信息及学员个人信息负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内继续有效。

## 8 知识产权

8.1 平台及其源代码的知识产权归乙方所有，甲方在服务期内享有使用权。

8.2 乙方为甲方定制开发的报表、数据接口程序及配置成果归甲方所有，甲方可自行修改、使用并许可第三方使用；乙方应在上线验收时交付相关源代码及说明。

## 9 违约与责任限制

9.1 任何一方违反本合同约定的，应承担违约责任。

9.2 乙方违反本合同第6条的，除按6.3承担赔偿责任外，甲方有权解除合同。

9.3 乙方在本合同项下的累计赔偿责任总额（含违约金及补偿），以违约事件发生前六个月甲方应付的订阅费为限。

## 10 分包

未经甲方书面同意，乙方不得将本合同项下的服务分包给第三方。平台所使用的云服务器由阿里云计算有限公司提供，甲方签署本合同即视为同意。

## 11 合同解除与期满

11.1 乙方逾期上线超过30日、平台连续两个月可用率低于99.5%，或发生重大数据安全事件的，甲方有权书面通知解除合同。

11.2 任何一方严重违约，经书面催告后15日内未纠正的，守约方有权解除合同。

11.3 本合同期满不自动续期。甲方需要续用的，双方另行签订合同，续约单价不高于本合同单价。

## 12 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交盐城仲裁委员会仲裁。

## 13 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：盐城通达机动车驾驶员培训有限公司　　乙方（盖章）：南京驾联云科技有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h163z04 (.pdf): 区应急管理局 应急指挥调度平台 年度运维服务, 政府采购 竞争性谈判; 1 / 1.1 / (1)
# ---------------------------------------------------------------------------------------------------------------
H163Z04 = """
T:滨湖区应急指挥调度平台运维服务合同
P:合同编号：LJBH-YJ-2026-003
P:采购方式：竞争性谈判（项目编号：LJBH-2025-JT-088）
P:甲方（采购人）：临江市滨湖区应急管理局
P:乙方（供应商）：临江数安信息服务有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性谈判文件、乙方响应文件及最后报价和成交通知书，双方就滨湖区应急指挥调度平台运维服务事宜订立本合同。
H:1 服务范围与期限
P:1.1 乙方为甲方应急指挥调度平台提供运维服务，对象包括：指挥调度系统、融合通信系统（对讲、电话、短信）、视频会商系统、应急“一张图”GIS系统、值班值守系统、应急物资管理系统；服务器18台、存储2套、指挥大厅拼接大屏1套、视频会议终端26台及相关网络安全设备。
P:1.2 服务期限自2026年1月1日起至2026年12月31日止。
P:1.3 乙方派驻2名运维工程师在甲方指挥中心驻场，工作日8:30至17:30在岗；非工作时间安排专人电话值守，一级故障须按本合同第4条时限到场。
P:1.4 汛期（6月1日至9月30日）、森林防火期及区级重大活动期间，乙方按甲方通知安排人员在指挥大厅现场值守保障。
P:1.5 乙方驻场人员应具备相应的系统集成及网络安全专业资格，名单及资质证明经甲方确认后方可上岗；服务期内更换驻场人员须提前10日书面征得甲方同意，并完成工作交接。
P:1.6 乙方应在甲方指挥中心配置常用备品备件，包括服务器硬盘、电源模块、视频会议终端主板及大屏信号处理模块，备件清单作为合同附件；备件使用后应在5日内补足。
H:2 服务费用
P:2.1 本合同为固定总价合同，总价为人民币捌拾叁万陆仟元整（¥836,000），含税。分项如下：
TB:序号|服务内容|金额（元）
TB:1|平台软件运维（指挥调度、融合通信、视频会商、一张图、值班值守、物资管理）|312,000
TB:2|硬件设备运维（含备品备件）|186,000
TB:3|驻场运维工程师2名（服务期内）|236,000
TB:4|汛期、防火期及重大活动现场保障|64,000
TB:5|等保测评配合及安全加固|38,000
TB:|合计|836,000
P:2.2 除本合同另有约定外，甲方不再支付任何其他费用。
H:3 付款方式
P:3.1 本合同不设预付款。
P:3.2 服务费按季度支付。每季度服务期满且季度考核合格后，乙方开具发票，甲方在15个工作日内支付合同总价的25%，即209,000元。季度考核的扣款从当期款项中扣除。
H:4 服务水平
P:4.1 平台年度可用率不低于99.8%。经甲方书面同意的计划内维护时间不计入不可用时间。
P:4.2 故障分级及处理时限：
P:（1）一级故障：指挥调度、融合通信或视频会商任一核心功能中断。乙方应在15分钟内响应，驻场人员立即处置；非工作时间1小时内到达现场；2小时内恢复。
P:（2）二级故障：非核心功能异常或单台设备故障。30分钟内响应，8小时内恢复。
P:（3）三级故障：一般性问题及咨询。一个工作日内处理完毕。
P:4.3 服务扣款：年度可用率或季度统计可用率每低于承诺值0.1个百分点，扣减当季度服务费的2%；一级故障恢复每超时1小时，扣减1,000元；甲方发布预警或启动应急响应期间发生的一级故障，扣减标准加倍。
P:4.4 乙方应建立运维工单制度，所有故障及服务请求均须在甲方运维管理系统中登记、处理和关闭，工单记录作为考核依据。
P:4.5 定期服务：每月提交巡检报告；每季度配合甲方开展一次应急演练保障；配合甲方完成年度网络安全等级保护测评并整改测评发现的问题。
H:5 考核与验收
P:5.1 季度考核：甲方每季度按附件考核表，从可用率、故障响应及恢复时限、巡检完成率、工单关闭率、驻场出勤五个方面进行考核，考核合格方可付款。
P:5.2 年度验收：服务期满前15日，乙方提交年度运维总结报告、资产台账、配置文档及运维脚本。甲方组织验收，验收标准为全年服务水平符合本合同第4条约定、资料完整准确、等保测评问题已整改。验收合格后双方签署验收单。
H:6 数据安全
P:6.1 平台中的应急预案、值班记录、视频资料、通讯录、物资及队伍信息等数据均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:6.2 乙方应遵守网络安全等级保护制度及《数据安全法》《个人信息保护法》，运维操作须通过甲方堡垒机进行并全程审计；禁止使用未经甲方登记的移动存储介质；运维账号专人专用，离岗即注销。
P:6.3 发生数据泄露、篡改、丢失或系统被入侵等安全事件的，乙方应立即处置，并在1小时内报告甲方。因乙方原因导致安全事件的，乙方承担全部责任并赔偿甲方损失。
P:6.4 服务期满或合同解除时，乙方应交回全部运维账号，删除其持有的甲方数据副本，并出具书面说明。
H:7 保密
P:7.1 乙方及其人员对履约中接触的涉密信息、应急预案、通讯录及系统配置负有保密义务，驻场人员应签署保密承诺书。保密义务不因合同终止而解除。
H:8 知识产权
P:8.1 运维期间形成的运维文档、配置基线、运维脚本及知识库的知识产权归甲方所有，甲方可自由使用、修改及提供给后续服务商。
H:9 分包
P:9.1 乙方可将服务器、存储及拼接大屏的原厂维修服务交由相应原厂或其授权服务商实施，但应提前5个工作日书面告知甲方。乙方对其行为承担全部责任。
P:9.2 除前款情形外，未经甲方书面同意，乙方不得将本合同项下的服务分包或转包给第三方。
H:10 违约责任
P:10.1 乙方未按约定完成月度巡检、季度演练保障或年度等保测评配合的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 驻场人员无故缺岗的，每人每日扣减800元；未经甲方同意更换驻场人员的，每人次扣减2,000元。
H:11 合同解除
P:11.1 乙方连续两个季度考核不合格，或发生重大数据安全事件的，甲方有权书面通知解除本合同，并按实际服务期结算费用。
P:11.2 任何一方严重违约，经对方书面催告后15日内未纠正的，守约方有权解除本合同。
H:12 期满与交接
P:12.1 本合同期满即终止，不自动续期。甲方依照政府采购规定另行确定后续服务商。
P:12.2 合同终止时，乙方应在30日内向甲方或甲方指定的后续服务商移交全部账号、文档、脚本及资产台账，并配合完成交接。
H:13 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:14 其他
P:14.1 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。附件：竞争性谈判文件、响应文件、季度考核表、设备清单。
P:甲方（盖章）：临江市滨湖区应急管理局　乙方（盖章）：临江数安信息服务有限公司
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h163z05 (.md): 茶叶合作社 茶叶溯源管理系统 许可 + 定制开发, 乙方自有合同范本; 第一章 / 第N条
# ---------------------------------------------------------------------------------------------------------------
H163Z05 = """# 慧农云链茶叶溯源管理系统软件许可及开发合同

> 慧农云链标准合同文本 V3.0（本文本由乙方提供）

合同编号：HNYL-2026-TS-031

甲方（用户）：湄潭县云岭茶叶专业合作社

乙方（供应商）：杭州慧农云链科技有限公司

## 第一章 总则

**第1条 合同标的** 乙方向甲方提供“慧农云链茶叶溯源管理系统”V3.0（以下称“系统”）的软件许可，并根据甲方需求进行定制开发、部署实施及培训，以实现甲方茶叶从茶园管理、鲜叶收购、加工到销售的全过程追溯。

**第2条 定义** 本合同所称“部署完成”，指乙方将系统安装于乙方提供的云端环境并向甲方开通管理员账号；“定制开发”，指乙方按甲方需求对系统进行的功能扩展；“甲方数据”，指甲方及其社员在系统中录入或产生的数据。

**第3条 价款**

| 项目 | 说明 | 金额（元） |
|---|---|---|
| 溯源管理系统软件许可 | 永久许可，20个用户账号 | 168,000 |
| 定制开发 | 茶园农事记录、鲜叶收购称重、加工批次管理、一物一码赋码、消费者扫码查询小程序、电商平台对接 | 236,000 |
| 溯源标签打印设备 | 2台，单价18,500元 | 37,000 |
| 部署实施及培训 | 云端部署、基础数据初始化、现场培训2次 | 27,000 |
| 合计 | | 468,000 |

合同总价为人民币肆拾陆万捌仟元整（¥468,000），含税。

**第4条 系统托管** 系统部署于乙方租用的云服务器，乙方负责云端环境的日常运行与备份。免费维护期内的云端托管费用已包含在合同总价中。

## 第二章 付款

**第5条** 合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即234,000元，作为预付款。乙方收到预付款后启动开发工作。

**第6条** 系统部署完成后5个工作日内，甲方支付剩余50%，即234,000元。

**第7条** 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停服务并冻结系统账号。

## 第三章 开发、交付与验收

**第8条** 乙方的主要义务：按本合同约定完成定制开发、部署及培训；为甲方开通管理员账号及20个用户账号；在免费维护期内修复系统缺陷；按甲方合理要求提供系统使用咨询。甲方的主要义务：按期付款；提供开发所需资料；指定专人配合需求确认及培训；妥善保管系统账号及密码，因账号保管不善造成的损失由甲方自行承担。

**第9条** 甲方应在合同签订后10日内向乙方提供茶园地块、社员名册、加工厂及产品规格等基础资料，并指定专人配合需求确认。

**第10条** 乙方在收到预付款后75日内完成开发并部署。乙方负责为甲方管理人员及社员代表提供两次现场培训，每次不超过一天，并提供电子版操作手册。因甲方需求变更或资料提供不及时导致的延误，交付期相应顺延。

**第11条** 系统部署完成后，乙方向甲方发出部署完成通知，系统即视为验收合格。部署完成后甲方提出的功能调整，按新增需求另行计费。

**第12条** 乙方逾期交付的，每逾期一日按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的2%。

## 第四章 维护服务

**第13条** 免费维护期为六个月，自部署完成之日起计算。免费维护期内，乙方提供远程故障处理及软件缺陷修复。

**第14条** 故障响应：一级故障（系统无法登录或扫码查询页面无法访问）乙方在接到甲方报告后24小时内响应；其他故障在3个工作日内响应。乙方以远程处理为主，确需现场服务的，差旅费用由甲方承担。

**第15条** 乙方将尽力保障系统稳定运行，但因系统故障、中断造成的任何损失，乙方不承担赔偿、扣款或违约责任。

**第16条** 免费维护期满后，甲方如需继续获得维护服务、系统升级及云端托管，应按乙方当年度公布的服务价格标准支付年度服务费。甲方未续费的，乙方有权停止云端托管及扫码查询服务。

**第17条** 乙方发布的系统新版本中包含的功能改进，乙方可根据自身产品规划决定是否向甲方提供；免费维护期内的缺陷修复补丁免费提供。

## 第五章 知识产权与数据

**第18条** 系统及乙方为本项目完成的定制开发成果（包括源代码、小程序、接口程序、数据模型及文档）的知识产权均归乙方所有。甲方在许可范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译。

**第19条** 甲方数据归甲方所有。甲方同意，乙方可对甲方数据进行脱敏、汇总处理后，用于乙方产品改进、农业大数据分析及市场推广，该使用不受本合同期限限制。

**第20条** 数据安全：乙方按照网络安全等级保护二级要求部署系统，采取身份认证、访问控制、传输加密及每日备份等安全措施，不得向第三方提供未经处理的甲方数据。发生数据泄露等安全事件的，乙方应在发现后48小时内通知甲方；因乙方过错导致数据泄露的，乙方依法承担相应的赔偿责任。

**第21条** 甲方应保证其录入系统的社员信息、农事记录等数据真实合法，并已取得相关个人的同意。因甲方录入数据不实引起的纠纷，由甲方自行负责。

## 第六章 保密

**第22条** 双方对合作中获知的对方商业秘密、技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。

## 第七章 责任限制

**第23条** 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%。乙方不承担任何间接损失、可得利益损失及商誉损失。

## 第八章 合同的变更与解除

**第24条** 本合同的变更须经双方书面确认。甲方在开发过程中提出需求变更的，乙方有权重新评估工作量及交付期，并另行报价。

**第25条** 一方严重违约，经另一方书面通知后30日内仍未纠正的，守约方有权解除本合同。因甲方原因解除合同的，甲方已付款项不予退还。

**第26条** 因不可抗力导致合同无法履行的，双方互不承担违约责任。因电信运营商、云服务商或电商平台接口变更等第三方原因造成的服务中断，视为不可抗力。

## 第九章 争议解决及其他

**第27条** 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交乙方所在地（杭州市）人民法院诉讼解决。

**第28条** 双方的通知以书面形式或电子邮件发送至本合同首页所列地址即视为送达。

**第29条** 本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同为乙方标准文本，甲方确认已充分阅读并理解全部条款。

甲方（盖章）：湄潭县云岭茶叶专业合作社　　乙方（盖章）：杭州慧农云链科技有限公司

签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h163e01 (.docx): Wenzhou shoe-sole maker, production-scheduling perpetual licence + configuration + support;
# vendor on Inishtrahull, Irish style; "Clause N" + N.N, Schedules; Word price table + severity table
# ---------------------------------------------------------------------------------------------------------------
H163E01 = """
T:Software Licence, Services and Support Agreement
P:THIS AGREEMENT is dated the ____ day of ______________ 2026
P:BETWEEN:
P:(1) TRAHULL PLANNING SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland with registered number 712458, having its registered office at The Lighthouse Yard, Inishtrahull, County Donegal, Ireland (the "Vendor"); and
P:(2) WENZHOU OUHAI HENGBU SOLE MANUFACTURING CO., LTD. (温州瓯海恒步鞋底制造有限公司), a limited liability company established under the laws of the People's Republic of China, having its registered address at No. 88 Xianyan Industrial Road, Ouhai District, Wenzhou, Zhejiang Province (the "Customer").
P:WHEREAS:
P:(A) The Vendor is the developer and owner of the TrahullPlan finite-capacity production-scheduling software.
P:(B) The Customer manufactures PU, TPR and rubber shoe soles on forty-eight injection and moulding stations and wishes to license, configure and obtain support for the Software. At its request, all prices are stated and payable in Chinese Renminbi (CNY).
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Contract Price" means CNY 1,100,000; "Customer Data" means all data of the Customer entered into or generated with the Software; "Documentation" means the Vendor's user manuals for the Software; "Final Acceptance" means the signature of the acceptance certificate under Clause 5.3; "Go-Live" means the first day on which the production schedule for all stations is generated by the Software and published to the shop floor; "Licence Fees" means the fees in Part A of Schedule 1; "Software" means TrahullPlan Server Edition, version 9, with the licences listed in Schedule 1 and all corrections and new releases supplied under this Agreement.
H:Clause 2 Licence
P:2.1 Against payment of the Licence Fees, the Vendor grants to the Customer a perpetual, non-exclusive, non-transferable licence to use the Software at the Customer's plants in Wenzhou for its internal business purposes, for the users stated in Schedule 1.
P:2.2 The Customer may make copies for back-up and testing, and shall not reverse engineer the Software save as permitted by law.
H:Clause 3 Price and Payment
P:3.1 The Contract Price is made up as set out in Schedule 1:
TB:Part|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:A|TrahullPlan Server Edition, perpetual licence, one production site|1|486,000|486,000
TB:A|Named planner user licences|8|14,500|116,000
TB:A|Shop-floor terminal licences|40|2,600|104,000
TB:A|Licence Fees subtotal|||706,000
TB:B|Configuration of stations, moulds, colour-change and curing rules|1|238,000|238,000
TB:B|Interfaces to the Customer's Kingdee ERP and MES|1|96,000|96,000
TB:B|Migration of the mould library and sole bills of material|1|34,000|34,000
TB:B|Training of planners and supervisors|1|26,000|26,000
TB:|Contract Price|||1,100,000
P:3.2 The Contract Price shall be paid as follows: (a) 20% (CNY 220,000) within 15 Business Days after signature; (b) 45% (CNY 495,000) within 15 Business Days after Go-Live; and (c) 35% (CNY 385,000) within 15 Business Days after Final Acceptance.
P:3.3 All amounts include any taxes levied in the People's Republic of China, which the Customer may withhold and pay on the Vendor's behalf against delivery of the tax receipts.
H:Clause 4 Implementation
P:4.1 The Vendor shall carry out the configuration, interface and migration work in accordance with the project plan at Schedule 2 and shall achieve Go-Live no later than 120 days after the date of this Agreement (the "Go-Live Date").
P:4.2 If the Vendor fails to achieve Go-Live by the Go-Live Date for reasons not attributable to the Customer, the Vendor shall pay to the Customer as liquidated damages 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. This sum is a genuine pre-estimate of loss.
P:4.3 The Customer shall provide the mould, station and routing data reasonably required and appoint a project manager and two key planners.
H:Clause 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for thirty days (the "Proving Period"), after which the parties shall carry out the Acceptance Tests.
P:5.2 The Acceptance Tests shall demonstrate that: (a) a full weekly schedule for all forty-eight stations is generated within five minutes; (b) the schedules produced during the Proving Period contain no conflict of moulds, colours or curing times; (c) work orders, stock movements and completions reconcile with the ERP without unexplained difference; (d) shop-floor terminals record start, stop and scrap on every station; and (e) the Documentation and the configuration records have been handed over.
P:5.3 If a test fails, the Vendor shall correct the defect within ten Business Days and repeat it. When the Acceptance Tests have been passed, the Customer shall sign the acceptance certificate. Neither Go-Live, nor the use of the Software in production, nor any payment under Clause 3.2(b) shall constitute acceptance.
H:Clause 6 Warranty
P:6.1 The Vendor warrants that for a period of ninety (90) days from Go-Live (the "Warranty Period") the Software will perform substantially in accordance with the Documentation. The Vendor's sole obligation under this warranty is to correct, free of charge, any reproducible error reported during the Warranty Period.
P:6.2 All terms implied by statute or common law are excluded to the fullest extent permitted by law.
H:Clause 7 Support Services
P:7.1 From the end of the Warranty Period, the Vendor shall provide the Support Services in Schedule 4: error correction, new releases, and remote support from 08:00 to 20:00 China Standard Time on Business Days, with an on-call engineer for Severity 1 at all other times.
P:7.2 The Annual Support Fee is CNY 91,780, being 13% of the Licence Fees, invoiced at the start of each support year. The Annual Support Fee shall not be increased during the first five support years; thereafter any increase shall be agreed in writing and shall not exceed 3% per year.
P:7.3 Support years run consecutively and renew automatically at the Annual Support Fee determined under Clause 7.2 unless the Customer gives sixty days' written notice before the end of a support year.
P:7.4 The service levels in Schedule 4 apply during the Warranty Period and the Support Services:
TB:Severity|Description|Response|Target workaround
TB:1|Scheduling engine down, or schedules cannot be published to the shop floor|2 hours|8 hours
TB:2|A major function degraded, workaround available|6 hours|3 Business Days
TB:3|Minor defect or question|next Business Day|next release
P:7.5 For each missed Severity 1 response or workaround time, the Vendor shall grant a service credit of 3% of the Annual Support Fee, up to 25% of that fee in any support year, deducted from the next invoice.
H:Clause 8 Intellectual Property
P:8.1 All rights in the Software and the Documentation remain with the Vendor.
P:8.2 The configuration records, station and mould models, interface mappings and interface programs written for the Customer (the "Customer Deliverables") belong to the Customer. The Vendor hereby assigns to the Customer, by way of present assignment of future rights, all rights in them, shall deliver their source code at Final Acceptance, and the Customer may use, modify and license them freely.
H:Clause 9 Customer Data and Security
P:9.1 Customer Data, including production orders, formulations, customer and staff data, is and shall remain the property of the Customer. The Vendor shall use it only to perform this Agreement and shall not copy, aggregate, analyse or disclose it for any other purpose.
P:9.2 The Software is installed on the Customer's servers in Wenzhou. The Vendor shall access them only through the Customer's VPN, with named accounts, multi-factor authentication and the Customer's approval for each logged session. No Customer Data shall leave the People's Republic of China. The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within 24 hours of becoming aware of it, take all necessary remedial measures, and be liable for all losses caused by its breach of this Clause 9.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep confidential the information of the other party disclosed under this Agreement, including the Customer's production plans, costings and customer lists, and shall not disclose it without the other party's prior written consent, save as required by law, for five years after termination.
H:Clause 11 Limitation of Liability
P:11.1 Nothing in this Agreement shall limit or exclude liability for death or personal injury caused by negligence, or for fraud or fraudulent misrepresentation.
P:11.2 Subject to Clause 11.1, the Vendor's total aggregate liability arising under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed an amount equal to the Licence Fees, being CNY 706,000.
P:11.3 Neither party is liable for loss of profits or indirect loss.
H:Clause 12 Subcontracting
P:12.1 The Vendor shall not subcontract any of its obligations without the Customer's prior written consent, which shall not be unreasonably withheld, and remains responsible for any approved subcontractor.
H:Clause 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other commits a material breach which is irremediable or not remedied within thirty days after written notice.
P:13.2 The Customer may terminate this Agreement if Go-Live has not been achieved within sixty days after the Go-Live Date, against a refund of all amounts paid. Termination of the Support Services does not affect the licence.
H:Clause 14 Governing Law and Jurisdiction
P:14.1 This Agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by the laws of Ireland.
P:14.2 The courts of Ireland shall have exclusive jurisdiction.
H:Clause 15 General
P:15.1 This Agreement, with its Schedules (1 Price; 2 Project Plan; 3 Acceptance Tests; 4 Support Services), is the entire agreement between the parties, and may be varied only in writing signed by both parties.
P:IN WITNESS whereof the parties have executed this Agreement on the date first written above.
P:Signed for and on behalf of TRAHULL PLANNING SYSTEMS LIMITED: ____________________ Director
P:Signed for and on behalf of WENZHOU OUHAI HENGBU SOLE MANUFACTURING CO., LTD.: ____________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h163e02 (.txt): Xishuangbanna eco-lodge, reservation SaaS; Order Form + General Terms; vendor on Nigehörn,
# German style (§ N (1))
# ---------------------------------------------------------------------------------------------------------------
H163E02 = """ORDER FORM No. NB-CN-2026-0147
for the NBS LodgeSuite Services

Provider: Nigehörn Buchungssysteme GmbH, Hafenweg 1, Nigehörn, 27499 Hamburg, Germany; registered with the Commercial Register of the Local Court of Hamburg under HRB 178402; Managing Directors: Henrike Albers, Jannis Wöhler ("Provider")

Customer: Xishuangbanna Nanlin Rainforest Eco-Lodge Co., Ltd. (西双版纳南林雨林生态旅居有限公司), Menglun Town, Mengla County, Xishuangbanna Dai Autonomous Prefecture, Yunnan Province, People's Republic of China ("Customer")

1. Services
NBS LodgeSuite property-management system, online booking engine for the Customer's website and WeChat mini-program, and the Channel Manager add-on connecting Ctrip, Meituan, Fliggy and Booking.com, for one property with 64 rooms (28 tree-house rooms, 22 riverside villas, 14 garden rooms), up to 25 named staff users.

2. Term
Initial Term: 24 months from the Service Start Date. The Service Start Date is the day of Go-Live Acceptance under § 2 of the General Terms.

3. Fees (in CNY, at the Customer's request)
LodgeSuite subscription: CNY 9,800 per month x 24 months = CNY 235,200
Channel Manager add-on: CNY 2,400 per month x 24 months = CNY 57,600
Onboarding (one-time): configuration of room types, rate plans, taxes and deposits, WeChat Pay and Alipay connection, staff training on site in Menglun: CNY 46,000
Data migration (one-time): transfer of future reservations and the guest history from the Customer's spreadsheets and legacy system: CNY 12,800
Total Contract Value for the Initial Term: CNY 351,600

4. Invoicing
Monthly fees are invoiced monthly in arrears from the Service Start Date. One-time fees are invoiced after Go-Live Acceptance. No amount is payable in advance.

5. Incorporation
This Order Form incorporates the General Terms and Conditions for NBS LodgeSuite set out below (the "GTC"). In the event of conflict, this Order Form prevails over the GTC. The Customer's own purchasing terms shall not apply.

GENERAL TERMS AND CONDITIONS FOR NBS LODGESUITE (GTC)

§ 1 Subject Matter
(1) Provider makes LodgeSuite available to the Customer as software-as-a-service over the internet for the Term. The functions are described in the product description attached to the Order Form.
(2) Provider does not supply software for installation on the Customer's systems. The Customer is responsible for its own internet connection and end devices.

§ 2 Onboarding and Go-Live Acceptance
(1) Provider performs the Onboarding and the data migration in accordance with the project plan agreed in the kick-off meeting. Go-Live is targeted for 45 days after signature of the Order Form.
(2) Before Go-Live, Provider shall make the configured system available for the Go-Live Acceptance test. The Customer verifies within five Business Days that: (a) all room types and rate plans can be booked through the booking engine and the mini-program; (b) bookings from each connected channel arrive in the property-management system within 60 seconds and availability is returned to every channel; (c) payments through WeChat Pay and Alipay reconcile with the night audit for three consecutive days; and (d) the migrated reservations are complete and correct. If the criteria are met, the Customer declares acceptance in writing; text form (e-mail) suffices. Use of the system for live bookings before that declaration does not constitute acceptance.
(3) If Go-Live Acceptance is delayed for reasons for which Provider is responsible, Provider shall pay a contractual penalty of CNY 300 for each calendar day of delay, up to a total of CNY 20,000. The penalty shall be credited against any further damages claim.

§ 3 Term, Renewal and Price Adjustment
(1) The Initial Term is stated in the Order Form.
(2) After the Initial Term, the contract is automatically extended by one further year at a time unless either party terminates it in text form with three months' notice to the end of the Initial Term or of the respective extension period.
(3) Provider is entitled to adjust the monthly fees with effect from the start of any extension period by notifying the Customer in text form at least two months before the start of that period. The adjustment shall not exceed 8% per extension period. The notice of termination under paragraph (2) is not extended by the adjustment notice.

§ 4 Service Levels and Support
(1) Provider makes LodgeSuite available with an availability of 99.95% per calendar month, measured at the exit of Provider's hosting data centre. Maintenance windows announced at least 72 hours in advance, not exceeding six hours per month and scheduled between 02:00 and 06:00 China Standard Time, are not counted as downtime.
(2) Support is provided by Provider's support desk in Hamburg by ticket and telephone in English and German; tickets in Chinese are accepted and answered in English. Response times: Priority 1 (system unavailable or no bookings possible): within 6 hours of the ticket, at any time of day; Priority 2 (important function impaired): within 1 Business Day; Priority 3 (other matters): within 3 Business Days.
(3) If availability in a calendar month falls below 99.95%, Provider grants a service credit of 5% of the monthly fees of that month for each commenced 0.1 percentage point of shortfall, up to 50% of the monthly fees. Service credits are set off against the next invoice. Further claims remain unaffected.

§ 5 Customer Data and Data Protection
(1) All data entered into LodgeSuite by the Customer or its guests, including reservations, guest identity details, payments and reviews ("Customer Data"), remain the property of the Customer. Provider processes Customer Data exclusively on the Customer's documented instructions and for the purpose of providing the Services. Any other use, including analysis for Provider's own purposes or disclosure to third parties, is excluded.
(2) LodgeSuite is hosted for the Customer on Alibaba Cloud infrastructure in the Shanghai region of mainland China. Customer Data is stored only there.
(3) Provider maintains an information-security management system certified to ISO/IEC 27001 and implements the technical and organisational measures in Annex 2, in particular encryption in transit and at rest, role-based access, multi-factor authentication for Provider staff, logging of administrative access and daily backups retained for 30 days. Provider staff in Germany access guest personal data only where required to resolve a specific ticket and only with the Customer's approval; where the law of the People's Republic of China requires it, the parties shall conclude the standard contract for cross-border transfer of personal information before any such access.
(4) Provider shall notify the Customer without undue delay, and at the latest within 24 hours, of any breach of the security of Customer Data, support the Customer in its notification duties and bear the costs and damages resulting from any breach for which Provider is responsible.

§ 6 Confidentiality
(1) Each party shall treat as confidential all information of the other party marked as confidential or evidently confidential, and shall use it only for the purpose of this contract. This applies for three years after the end of the contract.
(2) This does not apply to public information or to disclosures required by law.

§ 7 Rights of Use and Intellectual Property
(1) Provider grants the Customer the non-exclusive, non-transferable right to use LodgeSuite for the Term. All rights in LodgeSuite remain with Provider.
(2) The booking-page designs, rate-plan structures, report templates and interface mappings created specifically for the Customer during Onboarding ("Customer Materials") belong to the Customer. The Customer may use, modify and have them used by third parties without restriction, also after the end of the contract. Provider shall hand them over in a customary format on request.

§ 8 Subcontractors
(1) Provider may engage subcontractors only with the Customer's prior written consent. By signing the Order Form the Customer consents to Alibaba Cloud as hosting provider.
(2) Provider remains responsible for the performance of its subcontractors as for its own.

§ 9 Fees and Payment
(1) Invoices are payable within 30 days of receipt by transfer to Provider's CNY account. Prices are inclusive of any taxes levied in the People's Republic of China, which the Customer may withhold and pay on Provider's behalf against delivery of the tax receipts.
(2) Late payments bear default interest at the Loan Prime Rate of the People's Bank of China plus two percentage points.

§ 10 Liability
(1) Provider is liable without limitation for intent and gross negligence and for injury to life, body or health.
(2) In all other cases, Provider's total liability under this contract is limited to 150% of the Total Contract Value.

§ 11 Termination for Good Cause and End of Contract
(1) The right of either party to terminate the contract for good cause without notice remains unaffected. Good cause for the Customer includes in particular: availability below 99.5% in two consecutive calendar months; a material breach of § 5; and any other material breach of contract not remedied within 14 days after written notice.
(2) Any termination must be in writing.
(3) Within 30 days after the end of the contract, the Customer may export all Customer Data in CSV or XML format. Provider shall then delete the Customer Data and confirm the deletion in writing.

§ 12 Governing Law and Disputes
(1) At the Customer's request, this contract is governed by the laws of the People's Republic of China, excluding the United Nations Convention on Contracts for the International Sale of Goods.
(2) All disputes arising out of or in connection with this contract shall be finally settled by arbitration before the Shanghai International Arbitration Center in Shanghai in accordance with its rules. The language of the arbitration is English.

§ 13 Final Provisions
(1) Amendments and additions to this contract must be made in writing; this also applies to any waiver of this written-form requirement.
(2) Should any provision be or become invalid, the remaining provisions remain valid; the parties shall replace it by the valid provision closest to its economic purpose.
(3) Business Days are Monday to Friday, excluding public holidays in Hamburg and in the People's Republic of China.

Hamburg / Menglun, dated ______________ 2026

For Nigehörn Buchungssysteme GmbH: ____________________ (Managing Director)
For Xishuangbanna Nanlin Rainforest Eco-Lodge Co., Ltd.: ____________________ (Legal Representative)
"""

# ---------------------------------------------------------------------------------------------------------------
# h163e03 (.pdf): Rizhao harbour-tug operator, engine-vibration sensors + maintenance; integrator on the
# Île Logodec (French); buyer's paper; "Article N – Title"
# ---------------------------------------------------------------------------------------------------------------
H163E03 = """
T:Engine-Vibration Monitoring Equipment: Supply and Maintenance Contract
P:Contract No. RZTUG-2026-EQ-009
P:BETWEEN
P:Rizhao Port Tugboat Services Co., Ltd. (日照港拖轮服务有限公司), a company established under the laws of the People's Republic of China, whose registered office is at No. 1 Haibin Fifth Road, Donggang District, Rizhao, Shandong Province, represented by its General Manager, hereinafter "the Buyer",
P:AND
P:Logodec Marine Instrumentation SAS, a simplified joint-stock company with a share capital of EUR 480,000, registered with the Trade and Companies Register of Lorient under number 851 204 377, whose registered office is at Île Logodec, 56870 Baden, France, represented by its President, hereinafter "the Supplier",
P:hereinafter together "the Parties".
P:PREAMBLE
P:The Buyer operates nine harbour tugs at the Port of Rizhao, each with two main diesel engines driving Z-drive propulsion units. Following its tender of March 2026, the Buyer has selected the Supplier to supply, install and maintain an engine-vibration monitoring system for the fleet. This Contract has been drawn up by the Buyer. At the Buyer's request, all prices are stated and payable in Chinese Renminbi (CNY).
P:IT HAS BEEN AGREED AS FOLLOWS:
H:Article 1 – Purpose
P:1.1 The Supplier shall supply, install, commission and maintain a condition-monitoring system measuring the vibration of the main engines and Z-drive gearboxes of the Buyer's nine tugs, transmitting the data to a shore server at the Buyer's operations centre and raising alarms when thresholds are exceeded (the "System").
P:1.2 The works include baseline measurements, alarm thresholds, training, the warranty, and maintenance after the warranty under Article 8.
H:Article 2 – Contractual Documents
P:2.1 The Contract consists of the following documents, which prevail in the order listed: (a) these Articles; (b) Annex 1, Price Schedule; (c) Annex 2, Technical Specification; (d) Annex 3, Acceptance Test Plan; (e) the Supplier's tender of 18 March 2026.
H:Article 3 – Price
P:3.1 The Contract Price is a firm and fixed price of CNY 1,456,000, inclusive of all taxes, transport to Rizhao, insurance, installation, commissioning and training, broken down as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial vibration sensors, marine-rated, main engines|108|3,850|415,800
TB:2|Vibration sensors, Z-drive gearboxes|36|4,200|151,200
TB:3|Onboard data acquisition units|9|38,600|347,400
TB:4|Shore monitoring server and analytics software, perpetual licence|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||1,182,400
TB:5|Onboard installation and cabling, per tug|9|21,500|193,500
TB:6|Baseline measurement and alarm commissioning|1|62,100|62,100
TB:7|Training of crews and shore engineers|1|18,000|18,000
TB:|Contract Price|||1,456,000
P:3.2 The price is not subject to revision.
H:Article 4 – Terms of Payment
P:4.1 10% of the Contract Price (CNY 145,600) as an advance, within 20 days of signature, against an advance-payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 800,800) within 30 days after the Installation Certificate has been signed for all nine tugs. The Installation Certificate records that the equipment is installed; it is not acceptance.
P:4.3 35% of the Contract Price (CNY 509,600) within 30 days after the Final Acceptance Certificate.
P:4.4 Each payment is subject to a valid invoice. Taxes levied in the People's Republic of China on the Supplier may be withheld by the Buyer against delivery of the tax receipts.
H:Article 5 – Delivery and Installation
P:5.1 The Supplier shall deliver the equipment DAP Rizhao Port (Incoterms 2020) within 60 days of signature.
P:5.2 Installation shall take place during the Buyer's scheduled maintenance periods. No tug shall be kept out of service for more than three days for the installation. The Supplier shall comply with the Buyer's safety rules on board, obtain hot-work permits where required, and provide the documents needed for the approval of the installation by the China Classification Society.
H:Article 6 – Acceptance
P:6.1 After installation on each tug, the Parties shall carry out the on-board tests in Annex 3 and sign the Installation Certificate for that tug.
P:6.2 When all nine tugs have been installed, the System shall be observed for 45 days in normal operation. Final Acceptance requires that: (a) all 144 sensors report valid readings; (b) the data of each tug reaches the shore server with no gap longer than ten minutes while the tug is within port radio coverage; (c) the alarm thresholds of each engine and gearbox have been validated against its baseline measurement; (d) the readings agree with a calibrated reference analyser within ±5%; and (e) the as-built documentation, the classification approvals and the spare-parts list have been delivered.
P:6.3 When these conditions are met, the Buyer shall sign the Final Acceptance Certificate. Neither delivery, nor installation, nor the use of the System shall constitute acceptance. If a test fails, the Supplier shall remedy the defect at its cost and the test shall be repeated.
H:Article 7 – Warranty
P:7.1 The Supplier guarantees the System against any defect of design, materials or workmanship for 24 months from the date of the Final Acceptance Certificate.
P:7.2 During the warranty, the Supplier shall repair or replace any defective item free of charge, including parts, labour and travel to Rizhao. Defective sensors shall be replaced within five days of notification.
H:Article 8 – Maintenance Services
P:8.1 During the warranty and during any maintenance period after it, the Supplier shall respond to faults as follows: Severity 1 (shore system down, or loss of monitoring on a tug in service): response within 1 hour, remote diagnosis within 8 hours, and an engineer on board within 48 hours where remote action does not restore the System; Severity 2 (single sensor or partial loss of data): response within 8 hours and correction at the next port call; Severity 3: next working day.
P:8.2 For each hour of delay in the response to a Severity 1 fault, the Supplier shall pay the Buyer CNY 800; for each day of delay in attending on board, CNY 2,000.
P:8.3 After the warranty, the Buyer may order annual maintenance covering two inspection visits per year, recalibration, software updates and the fault handling of Article 8.1. The annual maintenance fee is CNY 106,416, being 9% of the Hardware and Licence Subtotal, and is fixed for the first three years after the warranty. Maintenance is ordered by the Buyer's written purchase order for each year and does not renew automatically.
H:Article 9 – Data and Cybersecurity
P:9.1 All data produced by the System, including vibration data, engine hours, alarms, vessel positions and crew details, is the property of the Buyer. The Supplier shall use it only for the performance of this Contract.
P:9.2 The data is stored on the Buyer's shore server in Rizhao and shall not be transferred outside the People's Republic of China. Remote access by the Supplier is permitted only through the Buyer's VPN, with named accounts and the prior approval of the Buyer for each session, and is logged. The Supplier shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Supplier shall inform the Buyer of any security incident affecting the System or its data within 6 hours of becoming aware of it, take all necessary measures to contain it, and compensate the Buyer for the damage resulting from any incident attributable to the Supplier.
H:Article 10 – Confidentiality
P:10.1 Each Party shall keep confidential the technical, commercial and operational information of the other Party obtained in the performance of this Contract, in particular the Buyer's fleet schedules, port operations and security arrangements, and shall not disclose it without the other Party's prior written consent. This obligation continues for five years after the end of the Contract.
H:Article 11 – Intellectual Property
P:11.1 The analytics software and the firmware of the acquisition units remain the property of the Supplier or its licensors; the Buyer receives a perpetual licence to use them with the System.
P:11.2 The baseline measurements, alarm threshold models, custom dashboards and integration scripts produced for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:Article 12 – Penalties for Delay
P:12.1 If the Supplier fails to meet the delivery date of Article 5.1, or the Final Acceptance Certificate cannot be signed within 150 days of signature for reasons attributable to the Supplier, the Supplier shall pay penalties of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:12.2 Penalties are due automatically on expiry of the date, without the need for a formal notice, and may be deducted from any payment due.
H:Article 13 – Liability
P:13.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, gross negligence or breach of Article 9.
H:Article 14 – Subcontracting
P:14.1 The Supplier shall not subcontract any part of the works without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Article 15 – Termination
P:15.1 If the Supplier commits a material breach and fails to remedy it within 15 days after a notice sent by registered letter, the Buyer may terminate the Contract by right, without prejudice to damages.
P:15.2 The Buyer may also terminate the Contract if the penalties of Article 12 reach their maximum.
H:Article 16 – Force Majeure
P:16.1 Neither Party is liable for a failure caused by force majeure notified within seven days; after 60 days either Party may terminate.
H:Article 17 – Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Any dispute shall be submitted to the Rizhao Arbitration Commission for arbitration in Rizhao in accordance with its rules. The award is final and binding on the Parties.
H:Article 18 – Miscellaneous
P:18.1 This Contract is made in English and Chinese; both versions are equally authentic. It enters into force on signature.
P:Made in Rizhao, in two originals, on ______________ 2026.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h163e04 (.md): Xi'an architecture firm, managed IT + desktop support; provider on Gruinard, Scottish style;
# "N. HEADING" + N.N
# ---------------------------------------------------------------------------------------------------------------
H163E04 = """# MANAGED IT SERVICES AGREEMENT

**between**

**GRUINARD MANAGED SERVICES LIMITED**, incorporated under the Companies Acts with registered number SC694217 and having its Registered Office at The Old Jetty, Gruinard Island, Laide, Wester Ross, IV22 2NQ, Scotland (the "Provider")

**and**

**XI'AN QUJIANG ZHUJING ARCHITECTURAL DESIGN CO., LTD.** (西安曲江筑境建筑设计有限公司), a company established under the laws of the People's Republic of China and having its registered address at Floor 9, Block B, No. 1 Yannan Road, Qujiang New District, Xi'an, Shaanxi Province (the "Customer")

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Customer Data" means all data of the Customer or its clients processed by the Provider in providing the Services, including drawings, BIM models, client and project information and staff data; "Managed Infrastructure" means the servers, storage, backup systems, network and firewalls listed in Schedule 2; "Services" means the services described in Schedule 1; "Service Commencement Date" means the date of Transition Acceptance under Clause 4; "Term" means thirty-six months from the Service Commencement Date; "Total Contract Value" means CNY 1,732,000.

1.2 The Schedules form part of this Agreement. Headings are for convenience only.

## 2. COMMENCEMENT AND DURATION

2.1 This Agreement commences on the date of the last signature below and, subject to Clause 12, continues for the Term.

2.2 This Agreement shall expire at the end of the Term and shall not continue by tacit relocation or otherwise. Any extension requires a written agreement signed by both parties.

## 3. THE SERVICES

3.1 The Provider shall provide the Services to the Customer's head office in Qujiang and its branch office in the Gaoxin district, for 180 users, including:

- a bilingual (Chinese and English) service desk, available from 08:00 to 20:00 China Standard Time, Monday to Saturday, with an on-call engineer for Priority 1 incidents at all other times;
- desktop support on site, with two engineers resident in Xi'an;
- support of the 42 BIM and rendering workstations and the render farm;
- management of the Managed Infrastructure, including monitoring, patching and backup;
- administration of Microsoft 365 and Autodesk licences, endpoint security and IT asset management;
- joiner, mover and leaver processing.

3.2 The Provider shall perform the Services with reasonable skill and care and in accordance with good industry practice.

## 4. TRANSITION

4.1 The Provider shall carry out the transition in accordance with the Transition Plan in Schedule 3 and shall request Transition Acceptance no later than 60 days after the commencement of this Agreement (the "Target Date").

4.2 Transition Acceptance requires that: (a) all 180 users and their devices are recorded in the configuration management database; (b) monitoring is in place on every server, switch and firewall of the Managed Infrastructure; (c) a test restore of the project file server and of one BIM central model has been completed successfully; (d) the service desk has handled twenty sample tickets to the Customer's satisfaction; and (e) the runbooks have been approved by the Customer. When these criteria are met, the Customer shall sign a Transition Acceptance certificate. The start of service desk operation before that date shall not constitute acceptance.

4.3 If Transition Acceptance is delayed beyond the Target Date for reasons attributable to the Provider, the Provider shall pay to the Customer CNY 1,200 for each day of delay.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the following response and resolution times:

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | Office-wide outage of network, file server or internet; BIM collaboration server down | 30 minutes | 6 hours |
| P2 | A department or a critical user affected (for example a team in a tender submission) | 1 hour | 8 business hours |
| P3 | A single user affected | 2 business hours | 3 Business Days |
| Request | Service request | 1 Business Day | 5 Business Days |

5.2 The Managed Infrastructure shall be available 99.98% of the time in each calendar month, excluding maintenance agreed in advance with the Customer.

5.3 If the Provider fails to meet Clause 5.1 or 5.2 in any month, the Customer shall be entitled to service credits of 5% of the Monthly Service Charge for each 0.1 percentage point by which availability falls short and 2% of the Monthly Service Charge for each missed P1 response or resolution time, up to 25% of the Monthly Service Charge in that month. Service credits are deducted from the next invoice and are without prejudice to the Customer's other rights.

## 6. CHARGES AND PAYMENT

6.1 The Monthly Service Charge is CNY 46,500, amounting to CNY 1,674,000 over the Term. The one-off Transition Charge is CNY 58,000. The Total Contract Value is therefore CNY 1,732,000.

6.2 The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. The Transition Charge is invoiced after Transition Acceptance. No amount is payable in advance.

6.3 Users in excess of 180 are charged at CNY 240 per user per month. The charges are fixed for the Term and shall not be indexed.

6.4 Invoices are payable within 30 days. The charges are inclusive of taxes levied in the People's Republic of China.

## 7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only for the purpose of providing the Services and for no other purpose.

7.2 The Provider shall maintain an information security management system certified to ISO/IEC 27001; shall use multi-factor authentication and a privileged-access management tool for all administrative access; shall encrypt backups; and shall keep all Customer Data and backups in Xi'an, at the Customer's premises and in a mainland China cloud region approved by the Customer. No Customer Data shall be transferred outside the People's Republic of China. The Provider's personnel outside the People's Republic of China shall have no access to Customer Data.

7.3 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data within 12 hours of becoming aware of it, shall take all steps necessary to contain and remedy it, and shall be liable for all losses of the Customer arising from any incident caused by the Provider's breach of this Clause 7.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential all information of the other party received in connection with this Agreement, including the Customer's designs, tenders, fee proposals and client information, and shall not disclose it to any third party without the other party's prior written consent, except as required by law. This obligation survives the expiry or termination of this Agreement for five years.

## 9. INTELLECTUAL PROPERTY

9.1 All documentation, scripts, runbooks, configuration records and the contents of the configuration management database produced by the Provider for the Customer under this Agreement shall belong to the Customer, which may use and modify them freely and provide them to any successor provider.

9.2 The Provider's tools and methods of general application remain the property of the Provider.

## 10. PERSONNEL AND SUBCONTRACTING

10.1 The Provider shall perform the Services through its own personnel, including those of its wholly-owned subsidiary Gruinard IT Services (Xi'an) Co., Ltd., which the Customer approves by signing this Agreement.

10.2 The Provider shall not otherwise subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of its subsidiary and of any approved subcontractor.

## 11. LIABILITY

11.1 Nothing in this Agreement limits either party's liability for death or personal injury caused by negligence, or for fraud.

11.2 Subject to Clause 11.1, the Provider's total liability under or in connection with this Agreement shall not exceed 150% of the Total Contract Value.

11.3 Neither party shall be liable for loss of profit or for indirect or consequential loss.

## 12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not capable of remedy or which is not remedied within 30 days of written notice.

12.2 The Customer may terminate this Agreement by written notice if the Provider misses the P1 resolution time three times in any calendar quarter, or if Transition Acceptance has not been achieved within 45 days after the Target Date.

12.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days, hand over all Customer Data, documentation and credentials, and thereafter securely delete any Customer Data in its possession and confirm this in writing.

## 13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland.

13.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.

## 14. GENERAL

14.1 This Agreement constitutes the entire agreement between the parties. No variation shall be effective unless made in writing and signed by both parties.

14.2 This Agreement may be executed in any number of counterparts in accordance with the Legal Writings (Counterparts and Delivery) (Scotland) Act 2015.

**Schedules:** 1 Services; 2 Managed Infrastructure; 3 Transition Plan; 4 Service Credit Calculation.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:

Subscribed for and on behalf of GRUINARD MANAGED SERVICES LIMITED at ______________ on ______________ 2026 by ____________________, Director, before this witness ____________________

Subscribed for and on behalf of XI'AN QUJIANG ZHUJING ARCHITECTURAL DESIGN CO., LTD. at Xi'an on ______________ 2026 by ____________________, Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h163e05 (.txt): Korla pear exporter, cold-chain tracking API subscription + integration; vendor on the
# Isola Minore, Italian style; "Art. N (Title)"
# ---------------------------------------------------------------------------------------------------------------
H163E05 = """COLD-CHAIN TRACKING SERVICES AGREEMENT

BETWEEN

FRIGOTRACCIA S.r.l., with registered office at Via del Porticciolo 3, Isola Minore, Italy, VAT number IT 04581230271, entered in the Register of Companies under REA number VE-412877, in the person of its legal representative pro tempore, Ms Chiara Bonaldo (hereinafter "Frigotraccia" or the "Provider")

AND

XINJIANG KORLA XIANGLI FRUIT EXPORT CO., LTD. (新疆库尔勒香梨果品出口有限公司), with registered office at No. 16 Tianshan East Road, Korla, Bayingolin Mongol Autonomous Prefecture, Xinjiang, People's Republic of China, in the person of its legal representative, Mr Aili Tursun (hereinafter the "Customer")

(each a "Party" and together the "Parties")

WHEREAS

a) Frigotraccia operates the FT-Track cold-chain platform, which collects temperature, humidity, shock, door-opening and position data from IoT loggers and makes them available through an application programming interface (the "API") and a web console;

b) the Customer exports Korla fragrant pears in refrigerated containers by rail to Central Asia and Europe and by sea through Tianjin and Qinzhou to Southeast Asia, and wishes to track its shipments and to integrate the data with its ERP and export documentation systems;

c) the Customer has asked that all amounts be expressed and paid in Renminbi (CNY);

NOW THEREFORE the Parties agree as follows.

Art. 1 (Premises and Annexes)
1.1 The premises and the Annexes form an integral and substantial part of this Agreement.
1.2 Annexes: A - Service Description and Service Levels; B - Integration Specification and Acceptance Tests; C - Fees.

Art. 2 (Definitions)
2.1 "Contract Year" means the first year from the Service Start Date and each following year; "Service Start Date" means the date of signature of the Integration Acceptance report; "Customer Data" means all data relating to the Customer's shipments, including temperature records, positions, consignees and documents; "Integration Deliverables" means the connectors, data mappings, software code, scripts and configurations developed in the Integration Services.

Art. 3 (Subject Matter)
3.1 The Provider shall provide: (a) the Tracking Service, namely access to the API (REST and webhooks) and the web console, the processing of up to 3,000 shipments per Contract Year, the loan of 260 reusable loggers with their mobile data plans, and annual recalibration of the loggers; and (b) the Integration Services, namely connectors to the Customer's Kingdee ERP, its export documentation system and its customer-facing shipment portal, and the routing of temperature alarms to the Customer's WeChat Work groups.

Art. 4 (Duration)
4.1 This Agreement is effective from signature. The Tracking Service is provided for two Contract Years from the Service Start Date.
4.2 The Agreement shall not be renewed tacitly. Any renewal requires a written agreement of the Parties.

Art. 5 (Fees)
5.1 The Customer shall pay: (a) a Subscription Fee of CNY 168,000 per Contract Year, i.e. CNY 336,000 for two Contract Years; and (b) an Integration Fee of CNY 124,000. The Total Contract Value is CNY 460,000.
5.2 Shipments in excess of 3,000 in a Contract Year are charged at CNY 38 each. Loggers lost or damaged beyond normal wear are charged at CNY 420 each.
5.3 The fees are fixed for the duration of the Agreement.

Art. 6 (Invoicing and Payment)
6.1 Within 10 days of signature and before the start of any work, the Customer shall pay the Subscription Fee for the first Contract Year (CNY 168,000) and 50% of the Integration Fee (CNY 62,000), i.e. CNY 230,000 in total.
6.2 The balance of the Integration Fee (CNY 62,000) is payable within 15 days after the Integration Acceptance report.
6.3 The Subscription Fee for the second Contract Year is payable no later than 10 days before the start of that Contract Year.
6.4 Payments are made by bank transfer in CNY to the Provider's account. Taxes levied in the People's Republic of China may be withheld by the Customer against delivery of the tax receipts.

Art. 7 (Integration and Acceptance)
7.1 The Provider shall complete the Integration Services within 75 days of receipt of the payment under Art. 6.1.
7.2 Acceptance tests under Annex B shall verify that: (a) every shipment created in the ERP is registered automatically on FT-Track; (b) temperature readings and alarms appear in the ERP and in the shipment portal within five minutes of receipt by FT-Track; (c) the temperature report of each shipment is attached automatically to its export document set; and (d) twenty test shipments run end to end without loss of data. When the tests are passed, the Parties sign the Integration Acceptance report. Use of the Tracking Service for live shipments before that report does not constitute acceptance.
7.3 For each calendar day of delay in Integration Acceptance attributable to the Provider, the Provider shall pay a penalty of CNY 350, up to CNY 25,000, without prejudice to compensation for greater damage.

Art. 8 (Service Levels)
8.1 The Provider undertakes to make the API available 99.95% of the time in each calendar month, excluding maintenance announced five days in advance.
8.2 Priority 1 incidents (API unavailable or data ingestion stopped) shall be responded to within 1 hour, with a target restoration of 6 hours; Priority 2 incidents within 8 hours; other requests within 2 Business Days. Faulty loggers in the People's Republic of China shall be replaced within five days.
8.3 The Provider shall report monthly on the service levels achieved.
8.4 The service levels set out in this Article are quality objectives. Failure to achieve them shall not entitle the Customer to service credits, fee reductions, penalties or damages; the Provider shall only be obliged to investigate the cause and to take corrective action.

Art. 9 (Intellectual Property)
9.1 The FT-Track platform, the API, the logger firmware and the documentation are and remain the exclusive property of the Provider.
9.2 The Integration Deliverables are and remain the exclusive property of the Provider, also where developed to the Customer's specifications. The Customer is granted a non-exclusive, non-transferable licence to use them for the duration of the Agreement and solely together with the Tracking Service. The Customer may not modify them or have them modified by third parties.

Art. 10 (Customer Data)
10.1 Customer Data is the property of the Customer. The Provider processes it only to provide the services under this Agreement and shall not use it for any other purpose or make it available to third parties.
10.2 Customer Data is hosted on servers in mainland China and shall not be transferred abroad. The Provider applies encryption in transit and at rest, role-based access control and logging, and maintains an information-security management system certified to ISO/IEC 27001, in compliance with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Provider personnel outside mainland China may access Customer Data only through a remote session approved by the Customer for a specific ticket.
10.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, shall take the necessary measures to contain it and shall indemnify the Customer for the damage caused by incidents attributable to the Provider.
10.4 At the end of the Agreement the Provider shall deliver all Customer Data to the Customer in CSV format and delete it within 30 days thereafter.

Art. 11 (Confidentiality)
11.1 Each Party shall keep strictly confidential the information of the other Party acquired in the performance of this Agreement, including the Customer's prices, customers and shipping volumes, and shall not disclose it to third parties without the other Party's prior written consent. This obligation survives for three years after the end of the Agreement.

Art. 12 (Liability)
12.1 The Provider's total liability under this Agreement is limited to one and a half times the Total Contract Value.
12.2 The limitation does not apply in case of wilful misconduct or gross negligence.

Art. 13 (Subcontracting)
13.1 The Provider shall not subcontract the services without the Customer's prior written consent. The Customer approves, by signing this Agreement, the mobile network operators providing the loggers' data plans and Alibaba Cloud as hosting provider.
13.2 The Provider remains liable for its subcontractors.

Art. 14 (Express Termination Clause)
14.1 The Customer may terminate this Agreement with immediate effect by written notice if: (a) Integration Acceptance has not been achieved within 60 days after the term of Art. 7.1; (b) the Provider breaches Art. 10; or (c) the Provider commits any other material breach and fails to remedy it within 20 days of a written notice to perform.
14.2 On termination for the Provider's breach, the Provider shall refund the part of the Subscription Fee relating to the period after termination.

Art. 15 (Effects of Termination)
15.1 On the end of the Agreement, the Customer shall return the loggers within 60 days, and the Provider shall comply with Art. 10.4.

Art. 16 (Governing Law and Disputes)
16.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
16.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in force. The language of the arbitration is English.

Art. 17 (Final Provisions)
17.1 Communications under this Agreement shall be made in writing by registered letter or by e-mail to the addresses stated above.
17.2 Any amendment to this Agreement shall be valid only if made in writing and signed by both Parties.
17.3 In accordance with the Provider's practice, the Customer declares that it has read and specifically approves the following clauses: Art. 6 (Invoicing and Payment), Art. 8.4 (Service Levels), Art. 9 (Intellectual Property), Art. 12 (Liability).

Made in Korla and Isola Minore, on ______________ 2026.

For FRIGOTRACCIA S.r.l.: ____________________ (Legal Representative)
For XINJIANG KORLA XIANGLI FRUIT EXPORT CO., LTD.: ____________________ (Legal Representative)
"""

TEXTS = {  # written as they are
    "h163z02_iron_foundry_furnace_temperature_monitoring.txt": H163Z02,
    "h163z03_driving_school_booking_saas_three_years.md": H163Z03,
    "h163z05_tea_cooperative_traceability_supplier_template.md": H163Z05,
    "h163e02_eco_lodge_reservation_saas_order_form.txt": H163E02,
    "h163e04_architecture_firm_managed_it_desktop_support.md": H163E04,
    "h163e05_pear_exporter_cold_chain_tracking_api.txt": H163E05,
}
SOURCES = {"h163z01": H163Z01, "h163z04": H163Z04, "h163e01": H163E01, "h163e03": H163E03}
TARGETS = {"h163z01": ("h163z01_city_library_rfid_self_service_integration.docx", "docx"),
           "h163z04": ("h163z04_district_emergency_command_platform_om.pdf", "pdf"),
           "h163e01": ("h163e01_shoe_sole_scheduling_licence_irish_vendor.docx", "docx"),
           "h163e03": ("h163e03_harbour_tug_vibration_sensors_maintenance.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in TEXTS.items():
        (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
