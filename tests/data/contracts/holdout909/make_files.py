"""Builds the ten held-out draft contracts of holdout909 and their .json labels, and asserts the checks of the brief.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
- .txt / .md are written as they are; .docx / .pdf are built by ../word_pdf.py (PDF lines broken at word boundaries).
- Every built file is read back (.docx: paragraphs plus table rows; .pdf: pypdf text; .txt/.md: the file text) and its
  length is asserted (Chinese 2,750-3,000 non-whitespace characters; English 1,450-1,650 words).
- Labels are written from DESIGN; each draft's rules are derived from its label with this author's reading of policy
  section 3 and compared with the design list; coverage of all 20 CR rules is asserted.
- No label value may equal a policy threshold, and a regex scan (self-tested) finds no threshold figure in any text.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:歌舞娱乐场所智慧监管平台采购合同
P:合同编号：WL-ZFCG-2027-018　采购方式：公开招标
P:甲方（采购人）：江城市文化和旅游局
P:乙方（供应商）：江城星联信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，双方经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供歌舞娱乐场所智慧监管平台软件（以下简称“平台”）的永久使用许可，并完成场所备案、日常巡查、消防与治安联动、视频接入、营业时段预警等模块的定制开发、部署实施及培训，覆盖全市已登记的歌舞娱乐场所。
P:1.2 平台应支持市、区两级执法人员使用，并提供移动执法终端应用，满足现场检查、拍照取证及电子签名需要。
P:1.3 平台部署于甲方指定的政务云资源内，由甲方提供计算与存储资源，乙方负责软件安装、配置及与市文化市场综合执法系统、公安治安管理信息系统的接口对接。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾玖万元整（¥1,290,000），其中：平台软件许可费780,000元；定制开发费436,000元；部署实施费58,000元；培训费16,000元。
P:2.2 合同总价为固定价格，包含乙方完成本合同全部工作所需的一切费用及税费，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即258,000元。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，即580,500元。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即451,500元。
P:3.4 乙方每次收款前应开具合法有效的发票。甲方按财政国库集中支付程序办理付款。
H:第四条 实施进度
P:4.1 乙方应于合同签订后九十日内完成平台部署、定制开发与接口对接，具备初步验收条件。
P:4.2 乙方应提交实施方案、需求规格说明书及测试方案，经甲方书面确认后执行。需求变更须经双方书面确认。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有信息系统项目管理师资格并常驻甲方现场，未经甲方同意不得更换。乙方人员应遵守甲方办公场所管理规定。
P:4.4 乙方应每周向甲方提交项目周报，说明进度、问题及风险；出现可能影响工期的情形，应及时书面告知甲方。
H:第五条 验收
P:5.1 初步验收：平台各模块功能与需求规格说明书逐项一致；与执法系统、治安系统接口连续十个工作日数据交换无差错；全市场所基础信息迁移完整率经甲方逐条核对无遗漏；在200个并发用户下页面平均响应时间不超过2秒；通过第三方机构的安全测评。
P:5.2 最终验收：初步验收合格后平台试运行六十日，期间未发生一级故障，且甲方组织专家按本条标准复核合格后签署最终验收报告。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 知识产权
P:6.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时一并交付源代码。甲方有权自行或委托第三方修改、使用。
P:6.3 乙方保证平台不侵犯任何第三方的知识产权，因此发生的纠纷由乙方负责并承担全部费用。
H:第七条 质量保证与售后服务
P:7.1 平台免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:7.2 服务水平：质保期内平台月可用率不低于99.95%。一级故障（平台整体不可用或执法数据无法交换）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方响应或恢复每迟延一小时，甲方有权扣减履约保证金500元；月可用率每低于约定值0.01个百分点，扣减1,000元。
P:7.4 质保期满后，如甲方需要，乙方应提供年度维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过70,200元），三年内不上调；维护合同由双方另行签订，不自动续期。
P:7.5 乙方应在最终验收时交付用户手册、运维手册、接口说明、数据字典及源代码说明等技术文档，并为甲方培训系统管理员及执法业务骨干不少于六十人次。
H:第八条 数据安全
P:8.1 平台中的场所信息、巡查记录、视频截图、执法数据及日志等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得留存、复制或向第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、执法信息及场所经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因合同终止而解除，在合同终止后三年内持续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限具备初步验收条件的，每逾期一日，应按合同总价的万分之八向甲方支付违约金。
P:10.2 逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
H:第十一条 分包
P:11.1 本项目不允许分包或转包。乙方擅自分包或转包的，甲方有权解除合同。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应在不可抗力发生后五日内书面通知对方，并在十五日内提供有关证明。根据不可抗力的影响，部分或全部免除责任，但法律另有规定的除外。
P:14.2 不可抗力消除后，受影响一方应尽快恢复履行。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，即64,500元，可采用银行保函形式。
P:15.2 履约保证金在最终验收合格且乙方无违约情形后十五个工作日内无息退还；乙方按第7.3条应扣减的金额从履约保证金中扣除，不足部分从应付款中扣除。
H:第十六条 通知与廉洁
P:16.1 双方往来通知应以书面形式送达本合同载明的地址或联系人，电子邮件发送至对方指定邮箱即视为送达。
P:16.2 乙方不得向甲方工作人员提供任何形式的礼品、礼金或其他不正当利益，违反的，甲方有权解除合同。
H:第十七条 其他
P:17.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:17.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：江城市文化和旅游局　　乙方（盖章）：江城星联信息技术有限公司
P:签订日期：2027年3月　日
"""

Z02 = """T:锦旗生产线控制系统改造合同
P:合同编号：JQ-GZ-2027-006
P:甲方（买方）：平川市红韵锦旗制品有限公司
P:乙方（卖方）：苏州恒拓自动化工程有限公司
P:甲方为提升锦旗刺绣、热转印及裁切生产线的自动化水平，委托乙方对三条生产线的控制系统进行改造。双方经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除三条生产线原有继电器控制柜，新装PLC控制柜、伺服驱动系统、触摸屏人机界面及张力控制器，部署产线监控软件，并完成PLC程序编制、调试及操作人员培训。
P:1.2 改造须在甲方生产淡季分线停机实施，每条线停机时间不得超过十二日。
P:1.3 乙方改造方案应保留原有设备的机械结构及可利用的传感器，新增设备的技术参数以附件一《技术规格书》为准。改造方案须经甲方生产部和设备部会签后实施。
P:1.4 改造后的生产线应与甲方现有的订单管理系统对接，实现生产任务下发及产量回传。
H:第二条 价格清单
P:2.1 合同总价为人民币壹佰壹拾捌万元整（¥1,180,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含安全继电器）|6套|348,000
TB:2|伺服驱动器及电机|18套|306,000
TB:3|触摸屏人机界面|9台|72,000
TB:4|张力控制器|6台|96,000
TB:5|产线监控软件许可（永久）|1套|168,000
TB:6|工控机|3台|42,000
TB:软硬件小计|||1,032,000
TB:7|安装调试及线路改造|1项|96,000
TB:8|PLC程序编制|1项|38,000
TB:9|操作及维护培训|1项|14,000
TB:合计|||1,180,000
P:2.2 上述价格为固定总价，已包含运输、保险、安装、调试、税费及乙方人员差旅费用。
P:2.3 如甲方要求增加改造内容，双方应按本合同单价或另行协商的价格签订补充协议，未经甲方书面确认的增项费用甲方不予承担。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即236,000元。
P:3.2 设备全部到货并完成安装后，甲方支付合同总价的50%，即590,000元。到货安装不视为验收。
P:3.3 最终验收合格后，甲方支付合同总价的25%，即295,000元。
P:3.4 剩余5%即59,000元作为质量保证金，质保期满且无质量争议后十个工作日内无息支付。
P:3.5 乙方收款前应向甲方开具增值税专用发票，甲方收到合格发票后方予付款。甲方付款不免除乙方对设备质量应承担的责任。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后七十五日内完成全部三条生产线的改造并具备验收条件。
P:4.2 乙方每日施工前应向甲方车间负责人报告当日作业内容，遵守甲方安全生产管理制度。
P:4.3 甲方应按约定为乙方提供施工场地、临时用电及必要的停机窗口。因甲方未按约定安排停机导致工期延误的，工期相应顺延。
P:4.4 乙方施工人员进入车间应佩戴安全帽，动火、登高及带电作业须办理甲方作业票证。因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
P:4.5 乙方应在每条生产线改造前编制停机切换方案，明确拆除、安装、调试及恢复生产的时间节点。
H:第五条 验收
P:5.1 验收标准：每条生产线连续满负荷运行七十二小时无停机故障；刺绣线张力波动不超过设定值的±3%；裁切精度±0.5毫米；监控软件实时显示设备状态与产量，数据刷新不超过3秒；急停及安全门联锁测试全部有效。
P:5.2 三条生产线全部达到上述标准后，甲方组织最终验收并签署验收报告。设备安装完成、开机运行或甲方使用均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新组织验收，由此产生的费用由乙方承担；两次验收仍不合格的，甲方有权解除合同。
H:第六条 质量保证与维保
P:6.1 乙方提供的软硬件免费质保期为十八个月，自最终验收合格之日起计算。质保期内出现质量问题的，乙方免费维修或更换。
P:6.2 一级故障（整线停产）乙方应在1小时内响应，8小时内到场恢复生产；二级故障8小时内响应，48小时内解决。响应或恢复每迟延一小时，乙方向甲方支付800元。
P:6.3 质保期满后，乙方提供年度维保服务，含定期巡检、备件更换、程序优化及故障抢修，年度维保费按软硬件小计的28%计收，即每年288,960元，在质保期满后的维保期内固定不变。
P:6.4 维保期内，乙方每季度对三条生产线进行一次预防性巡检，检查控制柜接线、伺服参数及监控软件运行状况，并出具巡检报告；常用备件由乙方在甲方仓库保持一定库存。
P:6.5 维保服务的响应时限与质保期内相同。维保费按年度于每个维保年度开始后三十日内支付。
H:第七条 知识产权
P:7.1 乙方为甲方编制的PLC程序、触摸屏画面、监控软件配置及其源文件归甲方所有，甲方可自行修改或委托他人修改。
P:7.2 产线监控软件标准版本的知识产权归原权利人，甲方获得永久使用许可。
P:7.3 乙方保证所提供的设备及软件不侵犯第三方的专利权、著作权或其他权利；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第八条 数据与保密
P:8.1 产线运行数据、工艺参数及产量记录归甲方所有，乙方不得用于本合同以外的任何用途。
P:8.2 乙方远程调试须经甲方书面批准并在甲方人员监督下进行，不得擅自连接甲方网络或拷贝数据。因乙方原因导致数据泄露或工艺参数丢失的，乙方承担赔偿责任。
P:8.3 双方对在合同履行中知悉的对方商业秘密、工艺配方及图纸负有保密义务，保密期至合同终止后三年。
H:第九条 违约责任
P:9.1 乙方未按第四条约定期限完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:9.2 因改造质量问题造成甲方停产的，乙方应赔偿甲方由此产生的直接损失。
P:9.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十条 分包
P:10.1 乙方不得将改造工作转包。线路敷设等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 争议协商不成的，提交平川仲裁委员会仲裁。
H:第十三条 技术资料与培训
P:13.1 乙方应在最终验收前交付电气原理图、接线图、PLC程序源文件、触摸屏工程文件、设备说明书及操作维护手册各二套，并提供电子版。
P:13.2 乙方应为甲方培训操作工及维修电工不少于二十人，经考核能够独立操作设备和处理常见故障。
H:第十四条 不可抗力
P:14.1 因地震、洪水、疫情等不可抗力致使一方不能履行合同的，该方应及时通知对方并提供证明，可根据影响程度部分或全部免除责任。不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 通知与送达
P:15.1 双方指定的联系人及地址见合同首页。任何一方变更联系方式的，应提前三日书面通知对方，否则按原地址送达即视为已送达。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:16.2 本合同附件包括技术规格书、改造方案及验收大纲，与本合同具有同等效力。
P:甲方（盖章）：平川市红韵锦旗制品有限公司　　乙方（盖章）：苏州恒拓自动化工程有限公司
"""
Z03 = """门店预约与会员管理系统服务合同

合同编号：QG-SAAS-2027-03

甲方：云岫气功养生培训连锁管理有限公司
乙方：杭州约来云科技有限公司

甲方在全国经营三十五家气功养生培训门店，为统一管理课程预约、会员储值及教练排班，拟使用乙方的门店预约与会员管理云服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供门店预约与会员管理服务（以下简称“云服务”），包括课程排期与在线预约、会员卡与储值管理、教练排班与课时统计、微信小程序预约入口、营销短信及经营报表。
（二）乙方负责一次性实施工作：
1. 三十五家门店的开通配置及课程体系搭建；
2. 原有会员档案、剩余课时及储值余额的数据迁移；
3. 甲方总部及门店人员的操作培训；
4. 按甲方要求定制十二张经营分析报表。
（三）乙方应指定一名项目经理负责实施，并为甲方指定专属客户成功经理，在服务期内定期回访各门店的使用情况。
（四）小程序预约入口以甲方品牌名义上线，小程序主体账号由甲方注册并所有，乙方仅获授权进行开发和运维。
（五）服务期为两个服务年度：第一个服务年度自2027年4月1日至2028年3月31日，第二个服务年度自2028年4月1日至2029年3月31日。

二、服务费用
（一）云服务订阅费按门店计算，每家门店每个服务年度9,600元，三十五家门店每个服务年度合计336,000元，两个服务年度合计672,000元。
（二）一次性实施费88,000元。
（三）本合同总价为人民币柒拾陆万元整（¥760,000）。服务期内订阅单价不作调整。新增门店按同一单价按月折算。
（四）服务期内如甲方关闭门店，自关闭次月起相应减少该门店订阅费。

三、付款方式
（一）订阅费按季度结算，每季度结束后十个工作日内，乙方凭服务报告开具发票，甲方于收到发票后十五个工作日内支付该季度订阅费84,000元。
（二）实施费在上线验收合格后十五个工作日内一次性支付。
（三）甲方在任何服务开始前无需支付任何款项。
（四）乙方应在每季度服务报告中列明当季可用率、故障记录、服务抵扣金额及新增门店情况，经甲方确认后作为结算依据。

四、上线与验收
（一）乙方应于2027年3月20日前完成全部门店开通及数据迁移，具备上线验收条件。
（二）上线验收标准：
1. 会员档案、剩余课时及储值余额迁移后与甲方原系统逐条核对一致；
2. 三十五家门店预约、签到、扣课、储值消费流程测试全部通过；
3. 小程序在500人同时预约时下单响应不超过2秒；
4. 十二张定制报表数据与抽样台账一致。
（三）验收合格后，甲方签署上线验收单。门店开始使用系统不视为验收合格。
（四）验收不合格的，乙方应在五个工作日内整改后重新验收，由此导致上线延误的，按第十条第（一）项承担违约金。

五、服务水平
（一）乙方保证云服务每月可用率不低于99.5%，计划内维护应提前三日通知并安排在夜间进行，不计入不可用时间。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或储值交易无法完成），乙方应在30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用），2小时内响应，12小时内恢复；
3. 三级问题（咨询或一般缺陷），1个工作日内答复。
（三）服务抵扣：月可用率每低于约定值0.1个百分点，按当月订阅费的2%抵扣；一级故障响应每迟延一小时，抵扣1,000元。抵扣款从下一季度订阅费中扣除。
（四）乙方应提供7×24小时故障报修电话及在线工单渠道，并在每次一级故障恢复后三个工作日内提交故障分析报告。
（五）乙方进行版本升级前应提前五个工作日通知甲方，升级不得影响门店营业时段的正常使用；升级导致功能异常的，乙方应立即回退。
（六）乙方每月向甲方提供服务运行月报，内容包括系统可用率、预约量、故障处理情况及优化建议。

六、数据安全与数据归属
（一）甲方会员的姓名、手机号、消费与预约记录等全部业务数据归甲方所有。乙方仅为提供云服务而处理上述数据，不得用于营销、画像或任何其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，采取加密存储、访问控制、操作日志和每日备份等措施，并符合网络安全等级保护第三级要求。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合处置；因乙方原因造成的，乙方承担赔偿责任。
（四）服务期满或合同解除后，乙方应在三十日内向甲方完整交还数据，并在甲方确认后彻底删除。
（五）乙方员工须签署保密承诺，仅在处理故障时经甲方授权访问会员数据，访问记录保存不少于六个月。

七、保密
双方对在合作中知悉的对方经营信息、会员信息及技术资料负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

八、知识产权
（一）云平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的报表、课程配置模板及数据迁移脚本归甲方所有，甲方可自由使用、修改及许可他人使用。
（三）乙方保证云平台不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。

九、分包
乙方可将短信发送通道、小程序审核代办及门店现场培训等工作交由第三方完成，提前五个工作日书面告知甲方即可，无需甲方同意。乙方对第三方的行为承担责任。

十、违约责任
（一）乙方未按第四条约定时间具备上线验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违约给甲方造成损失的，赔偿总额以合同总价的150%为限，但因数据泄露或故意造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

十一、合同期限与解除
（一）服务期满，本合同终止，不自动续期。甲方需继续使用的，双方另行协商签订新合同。
（二）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还已付未履行期间的费用。
（三）连续两个月可用率低于约定值的，甲方可解除合同。
（四）合同终止或解除后，乙方应继续提供不少于三十日的只读访问，便于甲方导出数据。

十二、甲方义务
（一）甲方应指定总部联系人，及时确认需求，提供会员原始数据及门店资料。
（二）甲方应妥善保管系统账号及密码，因甲方员工泄露账号造成的损失由甲方自行承担。
（三）甲方应遵守有关法律法规，不得利用云服务发送违法信息。

十三、不可抗力
因不可抗力或基础电信运营商网络故障等非乙方原因导致服务中断的，乙方不承担责任，但应及时通知甲方并尽力恢复服务。不可抗力导致的不可用时间不计入可用率考核。

十四、通知
本合同项下的通知以书面形式发送至双方指定的联系人及电子邮箱，发送之日视为送达。

十五、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

十六、合同附件
本合同附件包括：附件一 服务功能清单；附件二 门店清单；附件三 数据迁移方案；附件四 服务水平说明。附件与本合同具有同等效力。

十七、其他
本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：云岫气功养生培训连锁管理有限公司
乙方（盖章）：杭州约来云科技有限公司
"""

Z04 = """殡仪馆火化设备监控系统运维服务合同

项目编号：MZ-CS-2027-009（竞争性磋商）

甲方：临川市民政局
乙方：临川市安远智控技术服务有限公司

根据临川市殡仪馆火化设备监控系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方经协商一致，订立本合同。

第一条 服务范围
（一）本合同服务对象为临川市殡仪馆火化设备监控系统，包括八台火化机的燃烧控制与烟气在线监测子系统、尾气处理设备监控、视频监控、中控室监控平台软件及相关网络、服务器设备。
（二）服务内容包括：日常巡检、故障维修及备件更换、监控平台软件维护与升级、烟气监测数据传输保障、驻场值守及运维报告。
（三）设备清单详见附件一。服务期内甲方新增同类设备的，乙方应一并纳入运维范围，新增设备超过原设备总量一成的，双方另行协商费用。
（四）乙方在服务期开始前应对系统现状进行全面调查，了解设备运行历史和遗留问题。
（五）服务期自2027年1月1日至2027年12月31日。

第二条 服务费用
（一）本合同总价为人民币叁拾陆万捌仟元整（¥368,000），为固定价格，含乙方完成本合同全部服务所需的人员、工具、备件、差旅及税费。
（二）费用构成：日常巡检142,000元；故障维修及备件118,000元；软件维护与升级64,000元；驻场值守44,000元。
（三）服务期内服务费不因人工、备件价格变化而调整。

第三条 付款方式
（一）服务费按季度支付，每季度92,000元。
（二）每季度结束后，甲方根据季度考核结果，在收到乙方发票后十五个工作日内支付该季度服务费；考核扣款从当期服务费中扣除。
（三）本合同不设预付款。
（四）乙方应向甲方开具合法有效的增值税发票。

第四条 服务要求
（一）乙方应于服务期开始之日起十日内完成进场交接，并完成首次全面巡检，提交设备状况评估报告。
（二）乙方每周对火化机控制系统、烟气监测设备及视频监控进行一次巡检，每月对服务器及网络设备进行一次巡检，巡检记录经殡仪馆设备科签字确认。
（三）乙方安排一名持证工程师在殡仪馆驻场，工作日8:00至17:30在岗，清明、冬至等祭扫高峰期间实行全天值守。
（四）乙方应建立设备运维台账，记录每台火化机控制系统的运行参数、故障情况、维修及备件更换记录，每月提交运维月报。
（五）乙方应制定火化设备监控系统故障应急预案，每半年组织一次应急演练，确保监控中断时火化作业安全有序。
（六）乙方更换的备件应为原厂或经甲方认可的同等品质产品，更换下的旧件交甲方处置。
（七）清明、冬至期间，乙方应在祭扫高峰开始前七日完成一次专项巡检，并增派一名工程师协助值守。

第五条 服务水平
（一）故障分级：
1. 一级故障：火化机燃烧控制系统失灵、烟气在线监测中断或中控平台整体不可用；
2. 二级故障：单台设备监控异常或部分视频中断；
3. 三级故障：一般性功能问题。
（二）一级故障乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障1小时内响应，24小时内恢复；三级故障2个工作日内解决。
（三）烟气在线监测数据应实时传输至生态环境部门监控平台，传输中断超过1小时的，按一级故障处理。
（四）响应或恢复每超时一小时，甲方在当季服务费中扣减300元；因乙方原因造成烟气数据传输中断被环保部门通报的，每次扣减2,000元。
（五）乙方应向甲方公布二十四小时故障报修电话，并建立值班制度。

第六条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括巡检完成率、故障响应与恢复时限、运维报告质量及驻场出勤情况，考核结果作为支付依据。
（二）服务期满后，甲方组织年度验收。验收标准为：全年巡检记录完整；一级故障均在约定时限内恢复；烟气数据未发生因乙方原因的传输中断通报；设备台账、运维档案完整移交。验收合格后甲方出具验收意见。
（三）年度验收不合格的，乙方应在十五日内整改，整改后仍不合格的，甲方有权按考核结果扣减第四季度服务费。

第七条 数据安全
（一）火化记录、逝者及家属信息、监控视频及烟气监测数据均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
（二）乙方不得通过互联网远程接入监控系统，确需远程诊断的，须经甲方书面批准并在甲方人员在场时进行。乙方工程师使用的运维终端须安装甲方指定的安全软件。
（三）发生数据泄露、篡改或系统被入侵等安全事件的，乙方应立即采取处置措施并在1小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任，并承担相应的法律责任。
（四）服务期满后，乙方应将运维终端中存储的甲方数据彻底删除，并出具书面说明。

第八条 运维成果
乙方在服务期内形成的巡检记录、运维报告、设备台账、配置文件及技术文档归甲方所有，服务期满时完整移交。乙方应协助甲方或甲方指定的后续服务单位完成交接，交接期不少于十日。

第九条 分包
乙方不得将本合同服务转包或分包给任何第三方。

第十条 违约责任
（一）乙方未按第四条第（一）项约定时间完成进场交接及首次全面巡检的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
（二）乙方驻场工程师无故缺勤的，每人每日扣减500元。
（三）乙方因运维不当造成设备损坏的，应负责修复或赔偿。
（四）乙方未按约定频次巡检的，每缺少一次扣减500元。

第十一条 合同的履行与解除
（一）本合同为政府采购服务合同，服务期内双方应全面履行。
（二）除因不可抗力致使合同目的不能实现外，服务期内任何一方不得单方解除本合同。乙方违约的，按本合同第十条承担违约责任并继续履行，甲方不得以此为由解除合同。
（三）服务期满，本合同自然终止，不自动续期。

第十二条 人员管理
（一）乙方驻场及巡检人员应具备相应的电工作业或计算机网络专业资格，名单报甲方备案，未经甲方同意不得更换驻场工程师。
（二）乙方人员应遵守殡仪馆工作纪律，尊重逝者及家属，着装整洁，不得在悼念及火化区域大声喧哗。
（三）乙方人员在服务期间发生的人身伤害，由乙方依法承担责任。
（四）乙方应为驻场人员配备必要的检测仪器和工具，相关费用已包含在合同总价中。

第十三条 安全生产
（一）乙方在火化机及尾气处理设备上作业，应执行甲方的设备停机、挂牌上锁及高温作业安全规定。
（二）乙方作业造成火化中断的，应立即报告甲方并协助做好家属解释工作。
（三）乙方应遵守消防安全规定，不得在设备间存放易燃易爆物品。

第十四条 不可抗力
因不可抗力导致不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，按不可抗力的影响部分或全部免除责任。

第十五条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
（一）磋商文件、响应文件及成交通知书为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
（三）本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：临川市民政局
乙方（盖章）：临川市安远智控技术服务有限公司
"""
Z05 = """# 软件许可及定制开发合同

**青禾软件标准合同文本 V3.0**

合同编号：QH-RJ-2027-0415

甲方（用户）：澄川青苔水草造景工作室

乙方（开发方）：宁波青禾软件有限公司

甲方拟采购乙方“造景通”工艺流程跟踪软件，并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，经友好协商，达成如下条款，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“造景通”工艺流程跟踪软件V5.2的永久使用许可（10个用户），用于水草缸造景项目的设计、选材、布景、注水开缸、养护排期及客户回访全过程记录与跟踪。

1.2 乙方根据甲方需求进行以下定制开发：造景工单与材料领用模块；水质检测记录与提醒模块；上门养护排期与技师派单模块；客户回访及照片档案模块；微信端客户进度查询页面。

1.3 乙方负责软件在甲方电脑及服务器上的安装部署，并对甲方员工进行操作培训。

1.4 本合同所称定制开发，是指在“造景通”标准产品基础上，根据甲方确认的需求说明书进行的功能扩展和界面调整。需求说明书以外的功能不属于本合同范围。

1.5 乙方为甲方员工提供一次集中操作培训，培训时长不超过一日，培训地点由甲方提供。软件许可不含源代码。

## 第二条 合同价款

2.1 本合同总价为人民币叁拾壹万元整（¥310,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | “造景通”软件永久许可 | 10用户 | 168,000 |
| 2 | 定制开发（五个模块） | 1项 | 126,000 |
| 3 | 安装部署及培训 | 1项 | 16,000 |
| | 合计 | | 310,000 |

2.2 上述价款不含甲方自行采购的服务器、电脑、网络设备及第三方软件费用。

2.3 合同签订后，因甲方需求变更增加的工作量，按每人每日2,500元另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即201,500元。

3.2 软件安装完成后五个工作日内，甲方支付合同总价的35%，即108,500元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停开发及服务。

3.4 乙方收到款项后向甲方开具增值税普通发票。如甲方需要专用发票，应提前告知。

## 第四条 开发与交付

4.1 乙方收到首期款项后开始需求调研与开发工作，预计在九十个工作日内完成安装部署。

4.2 开发进度受甲方需求确认、资料提供等因素影响，乙方将尽最大努力按期完成，实际交付时间以乙方通知为准。

4.3 甲方在开发过程中提出需求变更的，乙方有权另行收费并相应顺延交付时间。

4.4 乙方完成开发后，在甲方指定的服务器上安装软件并进行基础数据初始化，包括物料分类、造景风格模板及技师信息。

4.5 乙方交付的文档包括安装说明和用户操作手册，均以电子版形式提供。

## 第五条 验收

5.1 软件安装完成后，乙方通知甲方进行验收。甲方应在收到通知后三日内完成验收。

5.2 软件安装完成即视为甲方验收合格；甲方在上述期限内未提出书面异议或开始使用软件的，同样视为验收合格。

5.3 甲方验收时发现的问题，乙方在维护期内处理。

## 第六条 技术支持与维护

6.1 自软件安装完成之日起三个月为免费维护期。免费维护期内，乙方通过电话、微信或远程方式提供技术支持，对软件缺陷尽力及时处理。

6.2 乙方的技术支持时间为工作日9:00至18:00，节假日不提供服务。

6.3 免费维护期满后，甲方如需乙方继续提供维护和升级服务，应与乙方签订维护协议，维护费用按乙方当年公布的收费标准执行。

6.4 因甲方自行修改软件、操作不当或使用环境不符合要求造成的问题，乙方不承担维护责任。

6.5 免费维护期内乙方提供的维护服务不包括软件功能的新增及修改、数据恢复、现场服务及硬件维修；如甲方需要，按乙方收费标准另行收费。

6.6 乙方对软件升级版本的发布时间及内容享有决定权。免费维护期内甲方如需乙方上门服务的，应承担乙方人员的交通及住宿费用。

## 第七条 知识产权

7.1 “造景通”软件及乙方为本项目开发的全部定制模块、源代码、数据库设计及相关文档的知识产权均归乙方所有。

7.2 甲方仅获得在本单位内部使用定制模块的非独占许可，不得修改、反编译，不得转让或许可第三方使用。乙方有权将定制模块纳入其标准产品向其他客户销售。

7.3 甲方对软件及定制模块的使用不得超出本合同约定的用户数量；增加用户的，按乙方当年报价另行购买。

## 第八条 数据

8.1 甲方在使用软件过程中录入的客户信息、项目记录及照片归甲方所有。

8.2 乙方有权对甲方使用过程中产生的数据进行脱敏处理后，用于产品改进、行业分析及市场推广。

8.3 乙方在提供远程支持时应采取合理的安全措施保护甲方数据，不得泄露甲方客户的个人信息。因乙方原因造成数据泄露的，乙方应及时通知甲方并承担相应的赔偿责任。

8.4 合同终止后，甲方可在三十日内通过软件自带的导出功能导出其数据。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。

9.2 本条保密义务在合同终止后两年内有效。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方对甲方的间接损失及可得利润损失不承担责任。

10.3 因甲方原因导致开发延误的，交付时间相应顺延，乙方不承担责任。

10.4 因不可归责于乙方的原因造成的损失，乙方不承担赔偿责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

11.2 合同解除后，甲方已支付的款项中对应已完成工作的部分不予退还。

11.3 甲方逾期付款超过三十日的，乙方有权解除本合同并要求甲方支付已完成工作的费用。

## 第十二条 甲方义务

12.1 甲方应指定专人负责项目对接，在乙方提交需求说明书后五个工作日内书面确认，逾期未确认的，视为甲方认可乙方的需求说明书。

12.2 甲方应按乙方要求提供符合配置要求的服务器、电脑及网络环境，并负责操作系统、数据库等第三方软件的正版授权。

12.3 甲方应做好数据备份工作。因甲方未备份造成的数据丢失，乙方不承担责任。

12.4 甲方不得将软件提供给本单位以外的任何人使用，不得对软件进行破解或二次开发。

## 第十三条 不可抗力

13.1 因不可抗力、网络运营商故障、病毒攻击、政策调整等乙方无法控制的原因导致合同不能履行或延迟履行的，乙方不承担责任。

13.2 受影响方应在事件发生后及时通知对方。

## 第十四条 通知

14.1 双方往来通知以微信、电子邮件或书面方式发送至合同首页所列联系方式即视为送达。

## 第十五条 争议解决

因本合同引起的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同为乙方标准文本，双方对条款已充分理解。本合同的补充协议与本合同具有同等效力。

16.2 本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

16.3 本合同附件：附件一 需求说明书；附件二 软件功能清单。

甲方（盖章）：澄川青苔水草造景工作室

乙方（盖章）：宁波青禾软件有限公司

签订日期：2027年　月　日
"""
E01 = """T:Software Licence and Services Agreement
P:Agreement No. GM-SLA-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Granite Meadow Software, Inc., a New Hampshire corporation with its principal office at 14 Factory Street, Nashua, New Hampshire 03060, USA ("Vendor"), and Suzhou Hengrun Packaging Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in the Suzhou Industrial Park, Jiangsu Province ("Customer").
P:Customer designs and builds carton-forming and case-packing machines and wishes to replace its spreadsheet-based maintenance records with Vendor's computerised maintenance management software. Vendor has agreed to license the software and to perform the implementation services described below.
H:Article 1 Definitions
P:1.1 "Software" means Vendor's MaintainPro CMMS, version 9, in object code, including the MaintainPro mobile application and all updates supplied under this Agreement.
P:1.2 "Services" means the implementation, configuration, data migration, interface development and training described in Article 3.
P:1.3 "Custom Deliverables" means the configurations, report templates, interface programs, migration scripts and documentation prepared specifically for Customer under this Agreement.
P:1.4 "Customer Data" means all asset registers, work orders, spare-parts records, maintenance histories, images and other data entered into or generated by the Software in Customer's environment.
P:1.5 "Go-Live" means the date on which the Software is first used in production at Customer's Suzhou plant.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 150 named users and unlimited mobile devices, for the internal business purposes of Customer and its affiliates in mainland China.
P:2.2 Customer may make a reasonable number of copies for backup, testing and disaster recovery. Customer shall not reverse engineer the Software except as permitted by applicable law.
P:2.3 The Software will be installed on servers owned and operated by Customer at its Suzhou data room. Vendor will not host the Software or Customer Data.
H:Article 3 Services
P:3.1 Vendor will perform the Services in accordance with the project plan attached as Annex 1, including: configuration of asset hierarchies for about 2,600 machines and tools; migration of six years of maintenance history from Customer's spreadsheets; development of interfaces to Customer's ERP system for spare-parts purchasing and inventory; and eight days of training for maintenance supervisors and technicians.
P:3.2 Vendor will assign a named project manager who speaks Mandarin and who will attend the weekly project meeting at Customer's site or by video conference.
P:3.3 Vendor shall achieve readiness for Final Acceptance testing within 120 days after the Effective Date.
H:Article 4 Fees and Payment
P:4.1 The total Contract Price is CNY 1,640,000, made up of the Licence Fee of CNY 1,160,000, implementation and interface services of CNY 342,000, data migration of CNY 96,000 and training of CNY 42,000. The Contract Price is fixed and includes all taxes and Vendor's travel expenses.
P:4.2 Customer shall pay: (a) 20% of the Contract Price (CNY 328,000) within 20 days after the Effective Date against Vendor's invoice and an advance-payment guarantee issued by a bank in mainland China; (b) 45% (CNY 738,000) within 20 days after Go-Live; and (c) 35% (CNY 574,000) within 20 days after Final Acceptance.
P:4.3 Go-Live and the payment under Article 4.2(b) do not constitute acceptance of the Software or the Services.
H:Article 5 Acceptance
P:5.1 Final Acceptance testing will be carried out by Customer with Vendor's support under the acceptance test plan in Annex 2. The Software and Services pass Final Acceptance when: (a) every function listed in the functional specification has been tested and works as described; (b) migrated asset and work-order records reconcile with the source spreadsheets with no unexplained differences; (c) the ERP interfaces transfer purchase requisitions and stock movements correctly for ten consecutive working days; (d) screen response times are below three seconds with 80 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.2 When the criteria are met Customer will sign a Final Acceptance Certificate within ten working days. If a test fails, Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and Custom Deliverables will perform materially in accordance with their documentation for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor will correct defects and provide updates and support free of charge.
P:6.2 Vendor will respond to Severity 1 defects (production use of the Software is stopped) within one hour, on a 24x7 basis, and provide a workaround within eight hours. Severity 2 defects will receive a response within two business hours. For each full hour by which Vendor misses a Severity 1 response or workaround time, Vendor shall credit Customer CNY 1,000 against the next payment or support invoice.
P:6.3 After the Warranty Period Customer may order annual support at 13% of the Licence Fee (CNY 150,800 per year). That fee is fixed for the first three support years and may thereafter increase by no more than 3% per year. Support is ordered by purchase order year by year and does not renew automatically.
H:Article 7 Delay
P:7.1 If Vendor fails to achieve readiness for Final Acceptance testing within the period in Article 3.3 for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property in it remain the property of Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables vest in Customer on creation. Vendor shall deliver their source code and documentation at Final Acceptance. Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:8.3 Vendor shall defend and indemnify Customer against any claim that the Software or the Custom Deliverables infringe third-party intellectual property rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to Customer. Vendor may access Customer Data only to perform the Services and support, and shall not copy, retain or use it for any other purpose.
P:9.2 Vendor may access Customer's systems only through a remote session opened by Customer for each support case, using named accounts and multi-factor authentication. Vendor shall comply with Customer's information-security policies and the Cybersecurity Law, Data Security Law and Personal Information Protection Law of the People's Republic of China. No Customer Data may be transferred outside mainland China.
P:9.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data caused by Vendor or its personnel, shall cooperate in remediation, and shall bear the losses and costs resulting from such incident.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including machine designs, production data, pricing and Vendor's product roadmaps, and shall use it only for this Agreement. This obligation survives for three years after the end of this Agreement.
H:Article 11 Limitation of Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 9 or 10, infringement claims under Article 8.3, personal injury, or fraud and wilful misconduct.
P:11.2 Neither party is liable for indirect or consequential loss, except as stated in Article 9.3.
H:Article 12 Subcontracting
P:12.1 Vendor shall not subcontract any part of the Services without Customer's prior written consent. Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to cure it within 30 days after notice, or if the liquidated damages under Article 7 reach their maximum. On such termination Vendor shall refund the amounts paid for Services not accepted.
P:13.2 The licence granted in Article 2 survives termination except where Customer is in uncured material breach of its payment obligations.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of New Hampshire, USA, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the exclusive jurisdiction of the state and federal courts located in Hillsborough County, New Hampshire.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be in writing and delivered by courier or e-mail to the addresses stated above.
P:15.3 This Agreement is signed in English in two originals, one for each party, and takes effect on the date of the later signature (the "Effective Date").
P:For Vendor: ____________________    For Customer: ____________________
"""
E02 = """# FieldLoop Order Form and General Terms

**Order Form No. BFS-OF-27-0112**

This Order Form is entered into between **Berkshire FieldLoop Systems LLC**, a Massachusetts limited liability company with offices at 75 North Street, Pittsfield, Massachusetts 01201, USA ("FieldLoop"), and **Chengdu Tianti Elevator Maintenance Co., Ltd.**, a company incorporated in the People's Republic of China ("Customer"). Part A sets out the commercial terms of this order. Part B contains the General Terms that govern it. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Subscribed Service

FieldLoop will provide its field-service management platform as a hosted service (the "Service") for Customer's elevator and escalator maintenance operations in Sichuan and Chongqing. The subscription covers 40 dispatcher and supervisor seats, 420 technician mobile seats, the preventive-maintenance scheduler, the parts and van-stock module, the customer portal for building managers and the statutory inspection calendar.

### A2. Subscription Term

The initial Subscription Term is 36 months starting on the Subscription Start Date, which is the day after Go-Live Acceptance under A5. The Subscription Start Date is expected to be 1 July 2027.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Contract Year 1 | 460 seats, annual | 486,000 |
| Subscription fee, Contract Year 2 | 460 seats, annual | 486,000 |
| Subscription fee, Contract Year 3 | 460 seats, annual | 486,000 |
| Implementation and data migration | one-time, fixed | 124,000 |
| **Total Order Value** | | **1,582,000** |

Additional seats ordered during the Subscription Term are charged pro rata at the same unit rate. All amounts include VAT.

### A4. Invoicing and Payment

Subscription fees are invoiced quarterly in advance, on the first day of each calendar quarter of the Subscription Term, in equal amounts of CNY 121,500. The Implementation Fee is invoiced after Go-Live Acceptance. No fee is payable before the Subscription Start Date. Customer pays each correct invoice within 30 days of receipt by bank transfer in CNY.

### A5. Implementation and Go-Live Acceptance

FieldLoop will configure the Service, migrate Customer's lift register of about 6,800 units, maintenance contracts and three years of work-order history, build the interface to Customer's finance system, and train dispatchers and technicians. Go-Live Acceptance requires that: (a) all units and contracts are migrated and reconcile with Customer's register; (b) the preventive-maintenance scheduler generates the statutory half-monthly maintenance visits correctly for a test month; (c) technicians can complete, sign and upload a job on the mobile app in offline mode and synchronise it later; (d) the finance interface posts billable jobs without error for ten working days; and (e) no Priority 1 or Priority 2 defect remains open. Customer will sign a Go-Live Acceptance certificate within five working days after these criteria are met. Use of the Service by Customer before that date is not acceptance. If Go-Live Acceptance is not achieved by 15 June 2027 for reasons attributable to FieldLoop, FieldLoop shall pay CNY 2,000 for each day of delay.

### A6. Contacts and Hosting

Customer Data will be hosted in a data centre in Chengdu operated by a licensed cloud provider in mainland China. FieldLoop's account manager for this order is based in Shanghai.

## PART B - GENERAL TERMS

### 1. Service Levels

1.1 FieldLoop will make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 23:00 and 05:00 Beijing time.

1.2 FieldLoop will respond to Priority 1 incidents (the Service or the mobile app is unavailable for all users, or job data cannot be synchronised) within 30 minutes at any time, and to Priority 2 incidents within two hours during business hours.

1.3 If monthly availability falls below the commitment in 1.1, Customer receives a service credit of 5% of that month's subscription fee for each 0.1 percentage point of shortfall, up to half of the monthly fee. A late Priority 1 response earns a credit of CNY 500 per hour. Credits are set off against the next invoice.

### 2. Customer Data

2.1 Customer owns all data that Customer or its users enter into the Service, including lift registers, building and contact information, job records, photographs and signatures ("Customer Data").

2.2 FieldLoop processes Customer Data only to provide the Service under this order, and does not use it for any other purpose, including product analytics, benchmarking or marketing.

2.3 FieldLoop keeps Customer Data in mainland China, encrypts it in transit and at rest, limits access to named personnel with multi-factor authentication, keeps access logs for at least six months and maintains a certification under the national multi-level protection scheme at level 3.

2.4 FieldLoop notifies Customer of any security incident affecting Customer Data within 24 hours, takes immediate remedial action, and bears the costs and losses resulting from incidents caused by its failure to comply with this section.

2.5 Within 30 days after the end of the Subscription Term, FieldLoop returns Customer Data in a standard format and then deletes it.

### 3. Confidentiality

Each party keeps the other party's confidential information secret, uses it only for this order and discloses it only to personnel who need to know it. This obligation continues for three years after the order ends.

### 4. Intellectual Property

4.1 FieldLoop owns the Service and its underlying software.

4.2 Customer-specific configurations, report templates, checklists and the finance interface developed for Customer belong to Customer, which may use, modify and license them freely.

### 5. Subcontracting

FieldLoop shall not subcontract any part of the Service or the implementation without Customer's prior written consent, except the hosting provider named in A6. FieldLoop is responsible for its subcontractors as for itself.

### 6. Renewal

At the end of the initial Subscription Term this order renews automatically for successive renewal terms equal in length to a Contract Year, unless either party gives notice of non-renewal at least 60 days before the end of the current term. FieldLoop may increase the subscription fees for any renewal term by up to 8% by notice given at least 75 days before the renewal date.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect, special or consequential damages or loss of profit.

7.2 FieldLoop's aggregate liability arising out of or in connection with this order is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to personal injury or wilful misconduct.

### 8. Termination

8.1 Either party may terminate this order by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice.

8.2 On termination for FieldLoop's breach, FieldLoop refunds any prepaid fees for the period after termination.

### 9. Governing Law and Disputes

This order is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 10. Customer Responsibilities

Customer is responsible for the accuracy of the data it enters, for keeping its user credentials secure and for the conduct of its users. Customer will appoint a project lead for the implementation who can take decisions on configuration, and will make its finance-system administrators available for interface testing. Delays caused by Customer's failure to provide information or access that FieldLoop reasonably requested in writing extend the Go-Live date in A5 by the same period.

### 11. Acceptable Use

Customer shall not use the Service to store data unrelated to its maintenance operations, attempt to gain unauthorised access to the Service, or run load tests against it without FieldLoop's agreement. FieldLoop may suspend an individual user account that is clearly being misused, after informing Customer, but may not suspend the Service as a whole for that reason.

### 12. Updates

FieldLoop may update the Service from time to time. Updates will not materially reduce the functionality described in A1. FieldLoop will announce major changes to the mobile app at least 30 days in advance and will keep the previous app version working for at least 60 days so that technicians can upgrade their devices.

### 13. Force Majeure

Neither party is responsible for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or general failures of public telecommunications networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Force majeure does not excuse Customer's payment obligations for Services actually provided.

### 14. Notices

Notices under this order must be in writing and sent by courier or e-mail to the addresses stated at the top of this Order Form, or to another address notified in writing. A notice sent by e-mail is received on the next business day after it is sent.

### 15. General

This Order Form, with Part B, is the entire agreement of the parties on the Service. Changes must be in writing and signed by both parties. Neither party may assign this order without the other's written consent.

Signed for FieldLoop: ____________________  Date: __________

Signed for Customer: ____________________  Date: __________
"""
E03 = """T:Purchase Contract for Condition-Monitoring Sensors and Monitoring Software
P:Contract No. DGP-EQ-2027-044
P:Buyer: Dongguan Lianhe Paper Co., Ltd., Machong Town, Dongguan, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: Cape Signal Instruments, Inc., 410 Main Street, Hyannis, Massachusetts 02601, USA (the "Supplier").
P:The Buyer operates two paper machines and a pulping line. It wishes to monitor the vibration and temperature of its dryer-section bearings, vacuum pumps, refiners and gearboxes continuously, so that failures are predicted before they stop production. This Contract is issued on the Buyer's standard purchase terms for equipment with software.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission 420 wireless vibration and temperature sensors, 24 wireless gateways, one edge server and a perpetual site licence of its MachineWatch condition-monitoring software, and shall configure the software's analytics for the Buyer's equipment, as listed in Clause 2.
P:1.2 The Supplier shall train the Buyer's maintenance engineers and reliability team, and deliver as-built documentation, a sensor location map and an alarm-threshold register.
P:1.3 All sensors and gateways shall be certified for use in the humid and dusty environment of a paper mill and shall carry the radio type approval required in mainland China.
P:1.4 The Supplier is responsible for the import of the equipment into mainland China, including customs clearance, duties and compulsory certification, and shall deliver the equipment to the mill with all duties paid.
H:2. Contract Price
P:2.1 The Contract Price is fixed at CNY 1,690,000, inclusive of VAT, delivery to the Buyer's mill, insurance, installation and all other costs of the Supplier, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|420|1,850|777,000
TB:2|Wireless gateway|24|9,600|230,400
TB:3|Edge server with operating system|1|86,600|86,600
TB:4|MachineWatch software, perpetual site licence|1|368,000|368,000
TB:|Hardware and Licence Subtotal|||1,462,000
TB:5|Installation and commissioning|1 lot|138,000|138,000
TB:6|Analytics configuration and alarm tuning|1 lot|64,000|64,000
TB:7|Training|1 lot|26,000|26,000
TB:|Contract Price|||1,690,000
P:2.2 Prices are fixed for the duration of the Contract and are not subject to adjustment for exchange-rate changes.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 169,000) within 15 days after signature, against the Supplier's invoice and a bank advance-payment guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 929,500) within 15 days after the Installation Certificate is signed. The Installation Certificate confirms only that the equipment has been delivered and installed; it is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 591,500) within 15 days after the Final Acceptance Certificate is signed.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the mill within 60 days and complete installation within 100 days after signature. Installation work on running machines shall be done only during the planned shutdowns notified by the Buyer.
P:4.2 If the Supplier is late in delivery or in completing installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:4.3 The Supplier shall pack the equipment for sea and road transport and protect it against moisture. Title and risk pass to the Buyer on delivery to the mill, but the passing of title or risk does not mean acceptance.
P:4.4 The Supplier's installation team shall follow the Buyer's safety rules, including permits for work at height, lockout of rotating equipment and hot-work permits, and shall attend the safety induction before starting work.
H:5. Acceptance
P:5.1 After installation the system shall run for a trial period of 45 days. Final Acceptance is reached when: (a) every sensor reports data to the software with at least one reading every ten minutes; (b) sensor readings on ten reference points agree with a calibrated portable analyser within the tolerance stated in the technical specification; (c) the software detects the simulated bearing faults in the acceptance test plan and raises alarms to the Buyer's control room and mobile phones; (d) the edge server and software run without a critical fault for the last 30 days of the trial; and (e) all documentation has been delivered.
P:5.2 When the criteria are met, the Buyer shall sign the Final Acceptance Certificate within seven days. Delivery, installation, use of the system or any payment does not mean that the system has been accepted.
H:6. Warranty and Support
P:6.1 The Supplier warrants the equipment and software for 24 months from Final Acceptance. During the warranty the Supplier shall repair or replace any defective sensor, gateway or server free of charge, including batteries that fail before their rated life, and shall supply software updates free of charge.
P:6.2 Critical faults (loss of data from a whole machine section, or failure of the server or software) shall receive a remote response within 30 minutes and an engineer on site within 24 hours. Other faults shall receive a response within one business day. For each hour by which the Supplier misses the critical response or on-site time, it shall pay the Buyer CNY 1,500, deducted from any amount due.
P:6.3 After the warranty, the Supplier shall provide annual support at 8% of the Hardware and Licence Subtotal (CNY 116,960 per year). This fee is fixed for three years after the warranty ends and may be renewed only by written agreement of both parties.
P:6.4 The Supplier shall keep a stock of spare sensors and gateway parts in mainland China sufficient to replace any failed unit within five working days, and shall make spare parts available for purchase for at least seven years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The MachineWatch software remains the property of the Supplier. The Buyer's licence is perpetual and irrevocable.
P:7.2 The analytics configuration, alarm thresholds, equipment models, dashboards and reports prepared for the Buyer belong to the Buyer. The Buyer may use, change and license them freely, including to a future service provider.
H:8. Data Security
P:8.1 All measurement data, alarm records and equipment information collected by the system belong to the Buyer and are stored on the edge server at the mill. The Supplier shall not use them for any purpose other than performing this Contract and shall not transfer them outside mainland China.
P:8.2 The Supplier shall harden the edge server, change all default passwords, and access the system remotely only through a connection opened by the Buyer for each session and recorded by the Buyer.
P:8.3 If any data is lost, altered or disclosed through the Supplier's fault, the Supplier shall notify the Buyer within 12 hours, help to restore it and compensate the Buyer's losses.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including production data, machine layouts and prices, and shall not disclose it to third parties without written consent. This obligation lasts for three years after the Contract ends.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breaches of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Clause 4.2 reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for equipment and services that have not been accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Dongguan Arbitration Commission for arbitration in Dongguan. The award is final and binding on both parties.
H:14. Training
P:14.1 The Supplier shall provide three days of training at the mill for up to twenty maintenance engineers and reliability staff, covering sensor installation and replacement, gateway configuration, alarm handling and the analysis of vibration spectra. Training materials shall be provided in Chinese.
H:15. Force Majeure
P:15.1 Neither party is liable for delay or failure caused by force majeure, such as natural disasters, epidemics, war or government action, if it notifies the other party within seven days and provides evidence. The time for performance is extended by the period of the force majeure. If the force majeure continues for more than 90 days, either party may terminate this Contract by written notice.
H:16. Notices
P:16.1 Notices under this Contract shall be in writing and sent by courier or e-mail to the addresses stated at the head of this Contract. Each party shall notify the other of any change of address without delay.
H:17. Miscellaneous
P:17.1 The Contract is made in English and Chinese; both versions have equal force.
P:17.2 Annex 1: Technical Specification. Annex 2: Acceptance Test Plan. Annex 3: Sensor Location Map.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# Managed IT Services Agreement

**Agreement No. NRM-MSA-2027-07**

This Managed IT Services Agreement is made between **Nashoba Ridge Managed Services, Inc.**, a Massachusetts corporation with offices at 250 Main Street, Fitchburg, Massachusetts 01420, USA ("Provider"), and **Hangzhou Kangyuan Medical Devices Trading Co., Ltd.**, a company incorporated in the People's Republic of China ("Customer").

Customer distributes medical devices from its head office in Hangzhou and branch offices in Shanghai, Nanjing, Hefei, Fuzhou and Wuhan. It wishes to outsource its service desk, end-user device management and office network management to Provider for a fixed monthly charge.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the response and resolution targets in Schedule 2.

1.3 "Transition" means the work required to take over the Services from Customer's internal IT team, as described in clause 3.

1.4 "Service Commencement Date" means the day after Transition Acceptance under clause 3.4.

1.5 "Customer Data" means all data of Customer, its employees and its customers that Provider or its personnel receive or can access in performing the Services.

## 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Service Term does not renew automatically. Any extension requires a written amendment signed by both parties.

## 3. Transition

3.1 Provider shall complete Transition within 75 days after signature, following the transition plan agreed in the kick-off meeting.

3.2 Transition includes: an inventory of all end-user devices, printers, switches, firewalls and wireless access points; documentation of the current network; enrolment of all laptops and mobile phones in Provider's device-management tool; set-up of the bilingual service desk and ticket portal; and knowledge transfer from Customer's IT team.

3.3 If Transition Acceptance is delayed beyond the period in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay.

3.4 Transition Acceptance is reached when: (a) the inventory and network documentation have been delivered and checked by Customer on a sample basis; (b) at least 95 of every 100 devices in the inventory are enrolled and reporting; (c) the service desk has handled live tickets from all six offices for ten working days in parallel with Customer's IT team; and (d) the monitoring of all branch firewalls and switches is active. Customer will sign a Transition Acceptance certificate within five working days after the criteria are met.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The monthly service charge is fixed for the Service Term. The total of the charges for the Service Term is CNY 2,200,000.

4.2 The Transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. No amount is payable in advance.

4.3 Customer pays each correct invoice within 30 days after receipt.

## 5. Service Levels

5.1 Provider shall perform the Services in accordance with the Service Levels in Schedule 2 and report its performance against them in a monthly service report.

5.2 The Service Levels are targets. Provider will use all reasonable efforts to meet them and, where a target is missed, will present an improvement plan in the next monthly review. No service credits, fee reductions or other compensation apply to a missed Service Level.

## 6. Personnel

6.1 Provider shall assign a service delivery manager based in Hangzhou and keep at least two on-site engineers at the head office during business hours.

6.2 Provider shall replace any member of its personnel whom Customer reasonably asks to be removed.

6.3 Provider's personnel working at Customer's offices shall follow Customer's office and health-and-safety rules.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services and shall not sell it, analyse it for its own purposes or disclose it except as required to perform the Services.

7.2 At the end of the Service Term Provider shall hand back all Customer Data and documentation in its possession.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's confidential information, including Customer's customer lists, prices, tender documents and network information, and Provider's methods and pricing, and shall disclose it only to personnel who need to know it for this Agreement.

8.2 This obligation continues for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 Provider keeps its tools, software and general know-how.

9.2 Runbooks, scripts, network diagrams, configurations and knowledge articles prepared for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any successor provider.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total charges for the Service Term stated in clause 4.1.

10.2 The limit does not apply to personal injury, wilful misconduct or breach of clause 8.

## 11. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider is responsible for its approved subcontractors as for its own personnel.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice.

12.2 Customer may also terminate for convenience on 90 days' written notice after the first half of the Service Term, paying the monthly charges up to the termination date.

12.3 On termination or expiry Provider shall give reasonable exit assistance for up to 60 days at the rates in Schedule 3.

## 13. Customer Responsibilities

Customer shall give Provider's personnel reasonable access to its offices, equipment and the administrator accounts needed for the Services, provide desk space for the on-site engineers, and keep its software licences valid. Customer remains responsible for the purchase of hardware and third-party software, which Provider may recommend but shall not buy on Customer's behalf without a purchase order.

## 14. Change Control

Either party may request a change to the Services. Provider shall respond within ten working days with the effect of the change on the Services, the Service Levels and the charges. No change is binding until both parties have signed a change note. Additional users within ten per cent of the numbers in Schedule 1 are covered by the monthly service charge.

## 15. Governance

The parties shall hold a monthly service review to discuss the service report, open problems and planned changes, and a quarterly management review attended by Customer's finance director and Provider's account executive. Provider shall keep the minutes, which Customer shall approve.

## 16. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Charges are not payable for Services that are not provided because of force majeure.

## 17. Notices

Notices shall be in writing and delivered by hand, courier or e-mail to the addresses at the head of this Agreement or to a new address notified in writing.

## 18. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 19. General

Schedules 1 to 3 form part of this Agreement. Amendments must be in writing and signed by both parties. Provider shall comply with the laws of the People's Republic of China in performing the Services.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Bilingual (Mandarin/English) phone, e-mail and portal support for about 380 users | 08:00-20:00, Monday to Saturday |
| End-user devices | Device management, patching, software distribution, hardware break-fix coordination for about 420 laptops and 300 phones | Business hours |
| Office network | Monitoring and management of 6 firewalls, 22 switches and 58 wireless access points | 24x7 monitoring |
| Onboarding and offboarding | Accounts, devices and access for joiners and leavers | Business hours |
| Reporting | Monthly service report and review meeting | Monthly |

## Schedule 2 - Service Levels

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| P1 | An office is without network, or more than 20 users cannot work | 30 minutes | 6 hours |
| P2 | A group of users or a key application is affected | 1 hour | 1 business day |
| P3 | A single user is affected | 2 business hours | 3 business days |
| P4 | Requests and questions | 1 business day | 5 business days |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, fixed | 94,000 |
| Monthly service charge | 36 months x 58,500 | 2,106,000 |
| Total for the Service Term | | 2,200,000 |
| Exit assistance beyond the included scope | per engineer day | 2,400 |

Signed for Provider: ____________________

Signed for Customer: ____________________
"""
E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. MVD-DSA-2027-019

This Data Subscription Agreement (the "Agreement") is made between Merrimack Vessel Data, Inc., a Delaware corporation with its principal office at 160 Merrimack Street, Haverhill, Massachusetts 01830, USA ("Provider"), and Qingdao Haitong Shipping Agency Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province ("Customer").

Customer acts as ship agent and freight forwarder for vessels calling at ports in northern China. It wishes to receive vessel-position, port-call and estimated-arrival data through Provider's application programming interface in order to plan berths, pilots and cargo operations for its principals.

1. DEFINITIONS

1.1 "Data" means the vessel positions derived from terrestrial and satellite AIS signals, vessel particulars, port-call events and predicted arrival times that Provider makes available through the API.

1.2 "API" means Provider's web-service interface, documentation and access keys.

1.3 "Customer Inputs" means the fleet lists, watch lists, port-call schedules, queries and any other information that Customer submits to the API or to Provider.

1.4 "Subscription Year 1" means the period from 1 May 2027 to 30 April 2028, and "Subscription Year 2" means the period from 1 May 2028 to 30 April 2029. Together they are the "Subscription Term".

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to use the Data in Customer's own systems and to show Data and derived analyses to Customer's principals and port partners as part of Customer's services.

2.2 The subscription covers global vessel positions with a latency of no more than two minutes for terrestrial signals, all port-call events for ports in mainland China, Japan and Korea, and up to 3,000,000 API calls per month. Calls above that volume are charged at the overage rate in Provider's current price list.

2.3 Customer shall not resell the Data as a standalone data feed.

2.4 Provider does not warrant that the Data is complete or free of errors, because AIS signals may be switched off or lost, but shall apply the same sources and quality controls for Customer as for its other customers and shall correct known errors without delay.

3. ONBOARDING AND ACCEPTANCE

3.1 Provider shall provide production API keys, a dedicated endpoint reachable from mainland China and integration support for Customer's berth-planning system, and shall complete onboarding by 20 April 2027.

3.2 Integration Acceptance is reached when: (a) Customer's system has received position updates for its watch list of vessels without interruption for ten consecutive days; (b) port-call events for the ports of Qingdao, Rizhao and Yantai have been checked against Customer's own records for those ten days without unexplained gaps; (c) the median API response time measured from Customer's data centre is below 800 milliseconds; and (d) the integration documentation has been delivered. Customer shall sign an Integration Acceptance certificate within five working days after the criteria are met. Use of the API before that date is not acceptance.

3.4 During onboarding Provider shall give Customer a sandbox environment with test data and a named integration engineer who can be reached by e-mail and video call during Customer's business hours.

3.3 If production access is not available by the date in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay until it is available.

4. FEES AND PAYMENT

4.1 The fees are:
   - Subscription fee for Subscription Year 1: CNY 624,000;
   - Subscription fee for Subscription Year 2: CNY 624,000;
   - Onboarding and integration support, one-time: CNY 46,000.
   The total contract price is CNY 1,294,000, including VAT. The subscription fee for Subscription Year 2 will not be increased.

4.2 Each Subscription Year's fee is invoiced in two equal instalments of CNY 312,000, at the start of each half of that Subscription Year. The onboarding fee is invoiced after Integration Acceptance. No fee is invoiced before the start of Subscription Year 1.

4.3 Customer pays each correct invoice within 30 days after receipt.

4.4 Provider shall issue its invoices in CNY, with any VAT invoice required under the laws of the People's Republic of China.

5. SERVICE LEVELS

5.1 Provider shall keep the API available for at least 99.95% of each calendar month, excluding maintenance windows announced at least three days in advance.

5.2 Provider shall acknowledge Severity 1 incidents (the API is unavailable, or Data for Customer's region has stopped updating) within eight hours of Customer's report, and Severity 2 incidents within two business days. Provider's support desk is staffed from 08:00 to 18:00 US Eastern time on business days.

5.3 If monthly availability is below the level in clause 5.1, Customer receives a credit of 10% of the monthly equivalent of the subscription fee for each full 0.5 percentage point of shortfall, up to the full monthly equivalent. Credits are deducted from the next instalment.

6. CUSTOMER INPUTS AND DATA PROTECTION

6.1 As between the parties, Customer owns the Customer Inputs.

6.2 Provider may use Customer Inputs to provide the API to Customer. In addition, Provider may use Customer Inputs, in aggregated and anonymised form that does not name Customer, to improve its arrival-time prediction models and to compile port-congestion statistics that it publishes or sells to other customers, during and after the Subscription Term.

6.3 Provider shall protect Customer Inputs with encryption in transit and at rest, role-based access for named staff and logging of all access. Customer Inputs shall be stored only on servers located in mainland China.

6.4 Provider shall notify Customer within 24 hours after discovering any unauthorised access to, or loss of, Customer Inputs, shall take all reasonable steps to contain it, and shall be liable for the losses that Customer suffers as a result of an incident caused by Provider's breach of this clause.

7. INTELLECTUAL PROPERTY

7.1 Provider and its licensors own the Data and the API.

7.2 Customer owns the analyses, dashboards and reports that it creates with the Data, and the integration code written for Customer during onboarding, which Customer may use, modify and license freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information, including Customer Inputs and Provider's pricing, and use it only for this Agreement.

8.2 This obligation continues for three years after this Agreement ends.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Each party's total liability under this Agreement is limited to 150% of the total contract price in clause 4.1, except for wilful misconduct, breach of clause 8 and Provider's liability under clause 6.4.

10. SUBCONTRACTING

Provider shall not subcontract the operation of the API or its support for Customer without Customer's prior written consent. The hosting provider of the mainland China endpoint is approved on signature. Provider remains responsible for its subcontractors.

11. TERM AND TERMINATION

11.1 This Agreement ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. If Customer terminates for Provider's breach, Provider refunds the fees paid for the period after termination.

12. CUSTOMER OBLIGATIONS

12.1 Customer shall keep its API keys secure, shall not share them with its principals or other third parties, and shall notify Provider promptly if it believes that a key has been compromised.

12.2 Customer is responsible for the use of the Data in its own systems and for the decisions it takes on the basis of the Data, and shall comply with applicable export-control and sanctions laws in its use of the Data.

13. CHANGES TO THE API

13.1 Provider may develop and improve the API. It shall give Customer at least 90 days' notice before withdrawing any endpoint or field that Customer uses and shall keep the previous version available during that period. Changes shall not reduce the scope of the Data described in clause 2.2.

14. FORCE MAJEURE

14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics or failures of public networks, if it notifies the other party promptly and works to resume performance. Periods of force majeure are excluded from the availability calculation in clause 5.1.

15. NOTICES

15.1 Notices shall be in writing and sent by courier or e-mail to the addresses at the head of this Agreement. An e-mail notice is received on the next business day after it is sent.

16. GOVERNING LAW AND DISPUTES

16.1 This Agreement is governed by the laws of the People's Republic of China.

16.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

17. GENERAL

17.1 This Agreement is the entire agreement between the parties on its subject matter and may be changed only in writing signed by both parties.

17.2 This Agreement is made in English. Each party signs two originals.

For Provider: ____________________

For Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h909z01_culture_bureau_ktv_venue_supervision_platform.pdf", Z01, "zh"),
    "z02": ("h909z02_banner_factory_line_control_retrofit.docx", Z02, "zh"),
    "z03": ("h909z03_qigong_chain_booking_membership_saas.txt", Z03, "zh"),
    "z04": ("h909z04_funeral_home_cremation_monitoring_om_service.txt", Z04, "zh"),
    "z05": ("h909z05_aquascape_studio_process_tracking_supplier_template.md", Z05, "zh"),
    "e01": ("h909e01_cmms_perpetual_licence_nashua_vendor.pdf", E01, "en"),
    "e02": ("h909e02_field_service_saas_order_form_pittsfield.md", E02, "en"),
    "e03": ("h909e03_paper_mill_condition_sensors_hyannis.docx", E03, "en"),
    "e04": ("h909e04_managed_it_services_36_months_fitchburg.md", E04, "en"),
    "e05": ("h909e05_vessel_data_api_subscription_haverhill.txt", E05, "en"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra(sla_clause, ld_stated, capped or None, deemed, contract_value),
#       fee base for TCO or None, forum outside mainland, design rule list)
DESIGN = {
    "z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                          True, False, "PRC", G), (True, True, True, False, 1290000), 780000, False, []),
    "z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 28, False, True,
                          False, "PRC", G), (True, True, True, False, 1180000), 1032000, False,
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud", T(99.5, 0.5, True, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, False,
                       True, True, "PRC", S), (True, True, None, False, 760000), None, False,
            ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "z04": ("services", T(None, 0.5, True, "buyer", True, True, False, 0.2, None, None, True, None, None, None, False,
                          False, False, "PRC", S), (True, True, None, False, 368000), None, False,
            ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": ("software", T(None, None, False, "supplier", True, False, True, None, None, 65, False, False, 3, None,
                          False, True, None, None, G), (False, False, False, True, 310000), 168000, False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 13, False, True,
                          False, "New Hampshire", G), (True, True, True, False, 1640000), 1160000, True,
            ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", T(99.95, 0.5, True, "buyer", True, True, True, 2000 / 1582000 * 100, 6 / 36 * 100, None, True,
                       None, None, None, True, True, False, "PRC", S), (True, True, None, False, 1582000), None, False,
            ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
    "e03": ("hardware", T(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8, False, True,
                          False, "PRC", G), (True, True, True, False, 1690000), 1462000, False, []),
    "e04": ("services", T(None, 0.5, False, "buyer", False, True, True, 1800 / 2200000 * 100, 150, None, True, None,
                          None, None, False, True, False, "PRC", S), (True, True, None, False, 2200000), None, False,
            ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"]),
    "e05": ("cloud", T(99.95, 8, True, "buyer", True, False, True, 900 / 1294000 * 100, 150, None, True, None, None,
                       None, False, True, False, "PRC", S), (True, True, None, False, 1294000), None, False,
            ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, cv, base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = the
    itemised licence / hardware subtotal. None when the fee is not a stated, capped figure."""
    if t["post_warranty_fee_pct"] is None or base is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (cv + fees) * 100


def derive(t, x, base, forum_outside):
    """This author's reading of policy section 3 applied to a label."""
    sla, ld_stated, capped, deemed, cv = x
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, cv, base) if capped else None
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
CN_D = "零一二三四五六七八九"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)", r"百分之九十九点九(?![" + CN_D + "])",
    r"(?<![\d.])4\s*[-‐]?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"\bfour[\s-]*hours?\b", r"(?<![十])四\s*个?\s*小时",
    r"(?<![\d.])100\s*(?:%|％|per\s*cent|percent)", r"百分之一?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])0\.050*(?!\d)\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十" + CN_D + "])", r"千分之零点五",
    r"(?<![\d.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![点" + CN_D + "])", r"thirty\s*per\s*cent", r"三成",
    r"(?<![\d.])12\s*[-‐]?\s*(?:months?|个月)", r"(?<![" + CN_D + "])十二个月", r"twelve[\s-]*months?",
    r"(?<![\d.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点])", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![点" + CN_D + "])", r"forty\s*per\s*cent", r"四成",
    r"(?<![\d.])5\s*[-‐]?\s*(?:years?|年(?!度))", r"\bfive[\s-]*years?\b", r"(?<![十第])五年",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "30 per cent", "百分之三十", "99.9%", "99.9 %", "99.90%", "4 hours", "4-hour", "4小时",
            "四小时", "four hours", "100%", "百分之百", "0.05%", "0.050 %", "万分之五", "12 months", "12-month",
            "12个月", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十", "5 years", "five years",
            "五年", "5年", "三成"]
MUST_MISS = ["130%", "99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "0.055%", "万分之五十", "万分之八",
             "2027年12月31日", "112 months", "二十二个月", "115%", "0.15%", "140%", "2025年", "十五年", "第五年",
             "12 hours", "十二张", "P4 requests", "150%", "35%", "45%", "百分之三十五"]


def self_test():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    for key, (name, src, lang) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write({k: v[1] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))},
          {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))},
          OUT, wrap_words=True)
    covered, bad = set(), []
    for key, (name, src, lang) in FILES.items():
        cat, t, x, base, forum_outside, design = DESIGN[key]
        sla, ld_stated, capped, deemed, cv = x
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(t, cv, base) if t["contract_kind"] == G and capped else None
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and capped is None
        rules = derive(t, x, base, forum_outside)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = cv
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        text = read_back(OUT / name)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        print("%s %-66s %5d %s  %s  share=%s" % (key, name, n, "ok" if lo <= n <= hi else "OUT OF RANGE",
                                                 risk(rules), None if share is None else round(share, 2)),
              rules)
        if not lo <= n <= hi:
            bad.append((key, n))
    assert not bad, bad
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered; mix:", {k: len(DESIGN[k][5]) for k in DESIGN})


if __name__ == "__main__":
    main()
