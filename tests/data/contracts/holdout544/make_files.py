"""holdout544: builds the ten blind ORDINARY draft contracts, their labels, and checks lengths, thresholds and rule
coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:安全生产综合监管平台建设项目合同
P:合同编号：JZYJ-ZFCG-2025-017
P:甲方（采购人）：靖州市应急管理局
P:乙方（供应商）：湖南安衡信息技术有限公司
P:鉴于甲方通过公开招标方式采购"安全生产综合监管平台建设项目"（采购项目编号：JZCG2025-GK-0431），乙方为中标供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、招标文件和乙方投标文件，双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供安全生产综合监管平台软件许可（永久使用许可），并在该平台上为甲方定制开发企业安全风险分级管控、隐患排查闭环、执法检查移动端和重大危险源在线监测等模块，完成与省应急管理综合应用平台、市政务数据共享交换平台的数据对接，负责部署实施和培训。
P:1.2 平台部署于靖州市政务云，服务对象为全市约2,600家重点企业和各乡镇（街道）安全监管人员。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾柒万元整（¥2,470,000），含税，为固定总价。分项如下：
P:（1）平台软件许可（永久许可，含移动端授权）：¥1,260,000（以下称"软件许可小计"）；
P:（2）定制开发（风险分级管控、隐患闭环、执法检查、危险源监测模块）：¥868,000；
P:（3）数据对接（省级平台、市共享交换平台、视频监控平台）：¥214,000；
P:（4）部署实施：¥96,000；
P:（5）培训（管理员、执法人员、企业填报人员）：¥32,000。
P:2.2 合同总价包括软硬件许可、开发、对接、部署、培训、质保期内服务及税费等全部费用，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款（¥494,000）。
P:3.2 系统部署完成、通过初验并试运行满两个月后，甲方支付合同总价的45%（¥1,111,500）。
P:3.3 项目通过终验后15个工作日内，甲方支付合同总价的35%（¥864,500）。
P:3.4 甲方以财政资金支付，付款进度受国库集中支付程序影响的，不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后150日内完成全部开发、对接和部署，并提交初验申请。
P:4.2 乙方应按甲方确认的需求规格说明书开发，需求变更须经甲方书面确认。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具备信息系统项目管理师资格并驻场实施；更换项目经理须事先征得甲方书面同意。乙方每周向甲方提交项目周报，说明进度、风险和问题。
P:4.4 乙方应为甲方系统管理员、执法人员和企业填报人员提供培训，培训不少于6场，并提供操作手册和视频教程。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；与省级平台、市共享交换平台的数据对接按接口规范连续7日无差错；在800个并发用户下，常用查询响应时间不超过2秒；第三方测评机构出具的软件测试报告和等级保护三级测评报告无高危问题。
P:5.2 终验标准：试运行两个月内未发生一级故障，全部问题已整改闭环，用户手册、源代码、部署文档等资料移交齐全。终验由甲方组织专家进行，形成书面验收报告。
P:5.3 试运行期间，乙方应安排工程师驻场保障，每周汇总问题清单并限期整改，甲方有权组织企业用户和执法人员参与测试并提出意见。
P:5.4 系统上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质保与维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、数据对接维护和远程技术支持。
P:6.2 质保期满后，甲方如需继续由乙方提供维护服务，另行签订维护合同。年度维护费不超过软件许可小计的8%（即每年不超过¥100,800），质保期满后两个维护年度内不上调。维护合同不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护除外，计划维护须提前三个工作日经甲方同意）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或数据对接中断）30分钟内响应、2小时内恢复；二级故障（部分模块不可用）1小时内响应、8小时内恢复；三级故障（一般问题）次工作日内解决。
P:7.3 乙方每超过响应或恢复时限1小时，甲方可扣减维护费或质保金¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥1,500。
H:第八条 数据安全
P:8.1 平台中的企业信息、隐患记录、执法记录、监测数据及其衍生数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得留存或向第三方提供。
P:8.2 乙方应落实网络安全等级保护三级要求，采取访问控制、加密存储与传输、操作日志审计等措施。乙方人员远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任，赔偿甲方因此遭受的损失。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向任何第三方披露。乙方应与参与本项目的人员签订保密承诺书。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 乙方定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行使用、修改和许可他人使用。
P:10.2 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证其提供的软件不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交初验申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定的，应负责整改，并赔偿甲方因此遭受的损失。
P:11.3 甲方可从应付款项中直接扣除乙方应付的违约金和扣减款项。
H:第十二条 分包
P:12.1 乙方不得将本项目转包或分包，乙方项目团队人员均须为乙方正式员工并缴纳社会保险。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，或逾期超过60日的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 不可抗力
P:14.1 因不可抗力致使一方不能履行合同的，该方应在不可抗力发生后3日内通知对方，并在15日内提供证明。受影响的一方在不可抗力影响范围内免除责任，但应尽力减少损失。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：靖州市应急管理局　　　乙方（盖章）：湖南安衡信息技术有限公司
P:法定代表人或授权代表：＿＿＿＿　　　法定代表人或授权代表：＿＿＿＿
P:签订日期：2025年6月18日
"""

Z02 = """T:2号回转窑控制系统改造及维保合同
P:合同编号：JD-SB-2025-0612
P:甲方：青阳县金鼎水泥有限公司
P:乙方：合肥恒控自动化工程有限公司
P:鉴于甲方拟对2号熟料生产线（日产熟料4,500吨）回转窑控制系统进行改造，乙方具备相应的设计、供货、安装和维保能力，双方根据《中华人民共和国民法典》，经友好协商，就控制系统改造及后续维保事宜订立本合同。
H:一、项目范围
P:（一）乙方负责2号线回转窑、预热器、分解炉、篦冷机及煤磨系统的DCS控制系统改造，包括硬件供货、控制软件与组态许可、窑头窑尾工业电视与筒体扫描测温、工控安全设备、安装调试、先进控制（窑况优化）定制开发及培训。
P:（二）改造须利用甲方年度计划停窑检修窗口实施，停窑切换时间不超过20日。
P:（三）主要技术要求：控制器采用冗余配置，电源、网络和主要I/O卡件冗余；操作员站画面切换时间不超过1.5秒；历史数据在线保存不少于三年；系统应预留与甲方能源管理系统、质量管理系统的数据接口；先进控制模块应覆盖窑头喂煤、分解炉温度、篦冷机料层和高温风机转速的协调控制。
P:（四）乙方应提交详细设计文件，经甲方技术部门书面确认后方可采购和施工。设计变更须经甲方书面同意，因变更增加的费用由双方另行书面确认。
H:二、合同价格
P:（一）合同总价为人民币贰佰玖拾捌万元整（¥2,980,000），含13%增值税、运输、保险、安装调试及质保期内服务费用。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器、I/O模块及机柜|1套|1,126,000
TB:2|现场仪表及变送器（压力、温度、流量、料位）|1批|538,000
TB:3|窑头窑尾工业电视及筒体扫描测温系统|1套|312,000
TB:4|工程师站、操作员站及服务器|1批|164,000
TB:5|控制软件与组态许可（永久）|1套|286,000
TB:6|工控安全设备（工业防火墙、单向隔离、审计）|1批|118,000
TB:|软硬件小计||2,544,000
TB:7|安装调试及停窑切换|1项|236,000
TB:8|先进控制（窑况优化）定制开发|1项|174,000
TB:9|培训|1项|26,000
TB:|合同总价||2,980,000
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款（¥298,000）。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的50%（¥1,490,000）。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后15个工作日内，甲方支付合同总价的35%（¥1,043,000）。
P:（四）其余5%（¥149,000）作为质量保证金，质保期满且无未决质量问题后15个工作日内无息支付。
H:四、交货与工期
P:（一）乙方应在合同签订后75日内将全部设备运抵甲方厂区，在甲方停窑检修期间完成安装和切换，并在点火投料后90日内具备最终验收条件。
P:（二）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
H:五、验收
P:（一）验收标准：全部I/O点校验正确；主要控制回路全部投入自动运行；窑头窑尾工业电视和筒体测温数据连续稳定；先进控制模块投运后，熟料标准煤耗较改造前同期平均值下降不少于1.5千克/吨；系统连续72小时运行无一级故障。
P:（二）验收由甲方组织，乙方提交验收申请和测试记录，双方签署书面验收报告。
P:（三）设备安装、点火投料或甲方使用系统，均不视为验收合格。
P:（四）验收不合格的，乙方应在15日内完成整改并重新申请验收，由此增加的费用由乙方承担。
H:六、质保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备，免费提供软件缺陷修复和组态修改支持。
P:（二）故障响应：一级故障（可能导致停窑或主机跳停的故障）乙方应在1小时内远程响应、6小时内到达现场；二级故障2小时内响应、24小时内到达现场；三级故障次工作日内处理。
P:（三）乙方超过上述响应或到场时限的，每超时1小时，甲方可从质量保证金或维保费中扣减¥1,500。
H:七、年度维保
P:（一）质保期满后，乙方提供年度维保服务，包括一名驻场工程师、全部备品备件更换、季度巡检、控制软件升级和先进控制模型年度优化。
P:（二）年度维保费按软硬件小计的32%计取，即每年¥814,080，维保期三个维保年度，期内单价固定不变，按季度支付。
P:（三）维保期满后如需续签，由双方另行协商签订，不自动续期。
H:八、知识产权
P:（一）乙方为本项目编制的组态程序、控制逻辑、先进控制模型及源代码、工程文件的知识产权归甲方所有，甲方可自行修改和使用。
P:（二）DCS平台软件的原有知识产权归其权利人所有，甲方享有永久使用许可。
H:九、数据安全
P:（一）控制系统中的生产工艺参数、运行记录、质量数据均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方应按工控安全要求配置工业防火墙和单向隔离装置，远程维护须经甲方逐次审批并通过甲方指定通道进行，全程记录。
P:（三）发生网络安全事件的，乙方应在2小时内报告甲方；因乙方原因造成数据泄露或系统被攻击的，乙方承担全部责任并赔偿甲方损失。
H:十、保密
P:（一）双方对履行本合同过程中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后仍然有效。
H:十一、分包
P:（一）乙方可将现场仪表安装、电缆敷设和桥架施工分包给具备相应资质的单位，分包前应书面通知甲方。乙方对分包单位的工作质量和安全承担责任。
H:十二、培训与资料
P:（一）乙方应对甲方中控操作员、仪表维护人员和工艺技术人员分批进行培训，培训内容包括系统操作、组态修改、故障诊断和先进控制参数调整，培训不少于60学时。
P:（二）乙方应在最终验收前移交竣工图纸、I/O清单、组态备份、操作和维护手册、备品备件清单及主要设备的出厂合格证和检测报告，资料须为纸质版和电子版各一套。
P:（三）乙方应为甲方每班中控操作员编写简明操作卡，并在切换后首周安排工程师三班跟班指导。
H:十三、安全生产
P:（一）乙方现场人员应遵守甲方安全管理制度，办理动火、高处和受限空间作业票；因乙方原因造成安全事故的，由乙方承担责任。
H:十四、违约与解除
P:（一）乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失，乙方应自费拆除未验收的设备并恢复原控制系统。
P:（二）乙方逾期超过45日的，甲方有权解除合同。
H:十五、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交池州仲裁委员会仲裁。
H:十六、其他
P:（一）本合同附件包括设备清单、技术规格书、详细设计文件和验收测试方案，均为本合同的组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：青阳县金鼎水泥有限公司　　乙方（盖章）：合肥恒控自动化工程有限公司
P:授权代表：＿＿＿＿　　授权代表：＿＿＿＿
P:日期：2025年7月8日
"""

Z03 = """门店订货系统订阅及实施服务合同

合同编号：MXF-IT-2025-033
甲方：苏州麦香坊食品连锁有限公司
乙方：杭州云订信息技术有限公司

鉴于甲方在江苏、浙江、上海经营90家烘焙门店和1个中央工厂，需要统一的门店订货、中央工厂排产和配送管理系统；乙方提供"云订"烘焙订货SaaS服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方提供"云订"订货SaaS服务，包括门店订货（面包、蛋糕、原料、包材）、要货预测、中央工厂排产、配送路线与签收、门店报损和总部报表模块。
1.2 乙方负责实施服务：基础数据导入（商品约1,200个SKU、门店90家、配方和BOM）、与甲方金蝶ERP和门店收银系统的接口对接、流程配置、门店店长和中央工厂人员培训。
1.3 乙方为甲方开通总部管理员账号、区域经理账号、门店店长账号和中央工厂账号，账号数量不设上限，但须为甲方员工使用。
1.4 乙方为甲方定制开发"节日蛋糕预订汇总"报表和"临期品调拨"功能。

2. 服务期限
2.1 服务期为三个服务年度，自上线验收合格之日起计算，预计为2025年9月1日至2028年8月31日。
2.2 服务期满前60日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权调整订阅单价，每次上调幅度不超过上一服务年度单价的8%，乙方应在服务期满前60日书面通知甲方新单价。

3. 费用
3.1 订阅费：门店模块每店每服务年度¥2,380，90家门店合计¥214,200；总部及中央工厂模块每服务年度¥58,000；每服务年度订阅费合计¥272,200，三个服务年度合计¥816,600。
3.2 实施费（一次性，含接口对接、定制开发和培训）：¥96,000。
3.3 合同总价为¥912,600。服务期内新增门店的，按每店每服务年度¥2,380按月折算，另行结算。
3.4 实施费在上线验收合格后15个工作日内支付。每个服务年度的订阅费在该服务年度开始后15个工作日内支付。甲方不支付任何预付款。

4. 实施与上线验收
4.1 乙方应在合同签订后75日内完成实施，选取5家门店试点运行两周后全部门店上线。
4.2 上线验收标准：90家门店全部开通并完成至少一次正常订货；订单按时汇总到中央工厂并生成排产计划；与金蝶ERP的订单、入库、结算数据连续10日核对无差错；在全部门店同时订货高峰（每日15:00—16:00）下页面响应时间不超过3秒；定制报表和功能符合甲方确认的需求说明。
4.3 甲方在收到验收申请后10个工作日内组织验收并出具书面意见。门店上线使用不视为验收合格。
4.4 乙方逾期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

5. 服务水平
5.1 乙方承诺系统月可用率不低于99.5%，计划维护应安排在每日23:00至次日5:00之间并提前3日通知甲方。
5.2 故障分级：一级故障指全部或多数门店无法订货、中央工厂无法接收订单，乙方应在30分钟内响应、2小时内恢复；二级故障指部分门店或部分功能不可用，1小时内响应、8小时内恢复；三级故障次工作日内处理。
5.3 服务抵扣：月可用率低于99.5%的，每低0.5个百分点，抵扣当月订阅费的5%；一级故障恢复每超时1小时，抵扣¥1,000。抵扣金额从下期订阅费中扣除。

6. 数据归属与数据安全
6.1 甲方在系统中录入和产生的门店、订单、配方、价格、会员和经营数据均属于甲方所有。乙方仅可为向甲方提供本合同服务而处理上述数据，不得用于其他任何目的，不得向第三方提供。
6.2 乙方应将系统部署在中国境内的云服务器上，系统须通过网络安全等级保护三级测评；乙方应对数据进行加密存储和传输，实施访问控制和操作日志审计，每日备份并异地保存。
6.3 发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，由乙方承担责任并赔偿甲方全部损失。
6.4 合同终止后30日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除并出具删除证明。
6.5 乙方人员访问甲方生产数据须经甲方授权，并保留访问记录不少于六个月，甲方有权查阅。

7. 保密
7.1 双方对履行本合同知悉的对方商业秘密（包括配方、价格、门店经营数据和系统技术资料）负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

8. 知识产权
8.1 "云订"平台软件的知识产权归乙方所有。
8.2 乙方为甲方定制开发的报表、功能和接口程序的知识产权归甲方所有，乙方应交付源代码，甲方可自行使用、修改或委托第三方维护。

9. 分包
9.1 未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

10. 责任限额
10.1 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失、违反第6条、第7条造成的损失不受此限。

11. 服务支持与双方义务
11.1 乙方应提供7×24小时服务热线和在线工单系统，指定一名客户成功经理负责甲方日常对接，每季度向甲方提交服务报告，内容包括可用率、故障处理、工单统计和优化建议。
11.2 乙方对平台进行版本升级的，应提前7日通知甲方；升级不得减少甲方已使用的功能，不得影响门店营业时间订货。
11.3 甲方应指定项目负责人，按时提供基础数据、配方和接口资料，组织门店人员参加培训，并妥善保管系统账号和密码。
11.4 新开门店上线的，乙方应在甲方通知后5个工作日内完成开通和店长培训。
11.5 乙方应在节假日（中秋、春节、圣诞等）订货高峰前完成压力测试和扩容，并安排专人值守。

12. 合同解除
12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，乙方应退还未履行服务期对应的订阅费。
12.2 一级故障在同一服务年度内累计发生三次以上的，甲方有权解除合同。

13. 不可抗力
13.1 因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，在受影响范围内免除责任。不可抗力持续超过30日的，双方协商是否继续履行合同；甲方已支付而未使用的订阅费，乙方应按比例退还。云服务商的一般故障不属于不可抗力。

14. 争议解决
14.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
14.2 本合同项下的通知以书面形式送达合同首页所列地址或双方项目负责人的电子邮箱即视为送达；任何一方变更联系方式的，应提前3日书面通知对方。

15. 其他
15.1 本合同附件（服务说明、接口清单、定制需求说明）为本合同的组成部分。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：苏州麦香坊食品连锁有限公司　　乙方（盖章）：杭州云订信息技术有限公司
授权代表：＿＿＿＿　　授权代表：＿＿＿＿
日期：2025年6月30日
"""

Z04 = """临川市殡仪馆殡葬业务管理系统年度运维服务合同

项目编号：LCCG-2025-JZCS-0087
采购方式：竞争性磋商
甲方（采购人）：临川市殡仪馆
乙方（成交供应商）：南昌致远软件服务有限公司

甲方通过竞争性磋商方式采购殡葬业务管理系统年度运维服务，乙方为成交供应商。根据《中华人民共和国民法典》《中华人民共和国政府采购法》、磋商文件和乙方响应文件，双方订立本合同，共同遵守。

第一节 运维对象与服务内容
（1）运维对象：甲方殡葬业务管理系统，包括遗体接运调度、业务洽谈、火化预约与排班、冷藏管理、告别厅管理、骨灰寄存、收费结算、惠民殡葬补贴申报、网上祭扫等子系统，以及配套的应用服务器4台、数据库服务器2台、存储1台、接运车辆定位终端26台和业务大厅排队叫号设备。
（2）服务内容：日常巡检、故障处理、数据库维护与备份、系统安全加固、补丁更新、操作培训、政策调整引起的功能配置修改（每年不超过20人日）、与民政部门殡葬管理信息平台的数据报送接口维护。
（3）服务范围以外的新功能开发，由双方另行协商，不包括在本合同价款内。
（4）乙方应派驻1名运维工程师在甲方现场工作（工作日8:00—17:30），节假日和清明、冬至等祭扫高峰期间按甲方要求增派人员值守。

第二节 服务期限
（1）服务期自2025年9月1日起至2026年8月31日止。
（2）服务期满后，甲方如需继续采购运维服务，依法另行组织采购，本合同不自动续期。

第三节 合同价款与支付
（1）合同总价（年度运维费）为人民币叁拾陆万捌仟元整（¥368,000），包括人员、差旅、备品备件更换（单件价值¥3,000以内）、工具和税费等全部费用。
（2）运维费按季度支付，每季度¥92,000。每季度结束后，甲方按第六节进行季度考核，考核合格并收到发票后15个工作日内支付当季费用。甲方不支付预付款。
（3）考核扣减的费用从当季运维费中直接扣除。

第四节 服务水平
（1）故障分级：一级故障指遗体接运调度、火化预约或收费结算无法使用；二级故障指其他子系统不可用或部分功能异常；三级故障指一般使用问题和咨询。
（2）响应与恢复时限：一级故障30分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障当日处理完毕。
（3）乙方每季度至少进行一次全面巡检，每月进行一次数据库备份恢复演练，并提交巡检报告。
（4）乙方未达到上述时限的，一级故障每超时1小时扣减¥800，二级故障每超时1小时扣减¥300；未按期提交巡检报告的，每次扣减¥500。

第五节 数据安全
（1）系统中的逝者信息、家属身份信息、联系方式、业务和收费记录均属于甲方所有，乙方仅可为履行运维服务访问和处理，不得复制、留存、向第三方提供或用于其他任何目的。
（2）乙方人员须使用甲方分配的实名账号，通过堡垒机进行操作，严禁将数据库备份拷贝出甲方机房；乙方应落实网络安全等级保护二级要求，每半年开展一次漏洞扫描并完成整改。
（3）发生数据泄露、丢失、篡改或系统被入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担相应的法律责任。

第六节 考核与验收
（1）季度考核内容：故障响应与恢复时限达标情况、巡检和备份演练记录、驻场人员出勤、甲方业务科室满意度评价（满意度不低于90分）。考核结果由双方签字确认。
（2）服务期满后，甲方按磋商文件和本合同约定组织年度验收，验收标准为：全部季度考核合格、系统运行文档和配置清单更新完整、账号权限已交回、遗留问题已处理完毕。
（3）甲方支付费用不视为年度验收合格。
（4）年度验收不合格的，乙方应在甲方规定期限内完成整改，整改期间的服务不另行收费。

第七节 人员与应急保障
（1）乙方驻场工程师应具备数据库和网络运维经验，持有相关专业认证，上岗前须经甲方面试同意；乙方更换驻场人员应提前10日书面告知甲方并做好交接，交接期不少于5个工作日。
（2）乙方应制定系统应急预案，内容包括服务器宕机、数据库损坏、网络中断和停电等情形的处置流程，每半年与甲方联合开展一次应急演练，并形成演练记录。
（3）清明节、冬至及其前后各3日为祭扫高峰期，乙方应安排不少于2名工程师现场值守，并提前完成系统性能检查和网上祭扫平台的扩容准备。
（4）乙方应建立运维台账，如实记录每次故障、变更和巡检情况，每月5日前向甲方提交上月运维月报。

第八节 甲方义务
（1）甲方应为驻场工程师提供必要的办公场所、网络和机房出入条件，指定信息管理人员负责日常对接。
（2）甲方应及时审核乙方提交的变更申请和考核材料，按约定支付运维费。
（3）甲方对系统的业务规则和收费标准进行调整的，应提前通知乙方，以便乙方安排配置修改。
（4）甲方应按时组织季度考核和年度验收，考核结果应以书面形式告知乙方，并说明扣减的依据和金额。乙方对考核结果有异议的，可在5个工作日内提出，双方协商确认。

第九节 知识产权
（1）乙方在运维中为甲方编写的脚本、报表、配置文档和接口修改程序的知识产权归甲方所有，乙方应一并移交。
（2）殡葬业务管理系统原有软件的权利状况不因本合同改变。
（3）乙方应保证其使用的运维工具和软件具有合法授权，因乙方使用的工具侵犯第三方权利而引起的纠纷，由乙方负责处理并承担费用。

第十节 违约责任
（1）乙方未按约定日期进场开展服务或擅自中断服务的，每逾期（中断）一日，按合同总价的千分之二向甲方支付违约金。
（2）连续两个季度考核不合格的，甲方可扣减当季运维费的20%，乙方应更换驻场人员。
（3）因乙方运维不当造成系统数据丢失或业务中断的，乙方应负责恢复并赔偿甲方损失。

第十一节 合同的履行与变更
（1）本合同履行期间，双方均不得单方解除合同。乙方出现违约情形的，甲方按本合同约定扣减费用、要求乙方支付违约金并继续履行，乙方应在甲方要求的期限内整改。
（2）合同变更须经双方协商一致并签订书面补充协议。
（3）服务期满时，乙方应向甲方或甲方指定的新服务商完成交接，交接内容包括系统账号、配置清单、运维台账和未结问题清单。

第十二节 转包与分包
（1）乙方不得转包或分包本合同项下的任何服务。
（2）乙方运维人员均须为乙方正式员工，乙方应为其缴纳社会保险，并对其在甲方现场的行为负责；乙方人员违反甲方管理制度的，甲方有权要求更换。

第十三节 争议解决
（1）本合同适用中华人民共和国法律。发生争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十四节 其他
（1）磋商文件、乙方响应文件、成交通知书为本合同的组成部分。
（2）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：临川市殡仪馆　　　乙方（盖章）：南昌致远软件服务有限公司
代表：＿＿＿＿　　　代表：＿＿＿＿
签订日期：2025年8月20日
"""

Z05 = """# 晋酿酿造管理系统软件许可及定制开发合同

（晋酿智能标准合同文本 V2.4）

合同编号：JNZN-XS-2025-0219

甲方：清徐县晋源老陈醋酿造有限公司

乙方：太原晋酿智能科技有限公司

甲方拟建设酿造生产管理信息系统，乙方为"晋酿酿造管理系统"的开发商和权利人。经双方协商，甲方向乙方购买该系统的软件许可并委托乙方进行定制开发，双方订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"晋酿酿造管理系统"V5.0软件许可（永久许可，50个用户），模块包括原料入库与检验、制曲管理、酒精发酵与醋酸发酵（固态发酵翻醅）、熏醅与淋醋、陈酿（夏伏晒、冬捞冰）批次管理、灌装与成品追溯、设备与能耗管理。

1.2 乙方根据甲方需求说明书定制开发，需求说明书由乙方编写、甲方签字确认，签字后的需求变更按变更工作量另行收费。定制开发内容为：陈酿缸位图与批次追溯、发酵温度在线采集接口（对接甲方现有320个测温点）、质量检验与国标指标判定、与甲方用友ERP的物料和成本接口。

1.3 乙方负责系统部署、数据初始化和培训。数据初始化包括甲方现有约1,800个陈酿缸的缸号、入缸日期和批次信息的录入，以及原料、成品和检验标准等基础数据的导入，基础资料由甲方按乙方模板整理提供。

## 第二条 合同价格

|序号|项目|金额（元）|
|---|---|---|
|1|晋酿酿造管理系统V5.0软件许可（永久，50用户）|480,000|
|2|定制开发（缸位图与批次追溯、测温接口、质检判定、ERP接口）|360,000|
|3|部署实施及数据初始化|72,000|
|4|培训|18,000|
||合同总价|930,000|

合同总价为人民币玖拾叁万元整（¥930,000），含税。上述价格不含服务器、操作系统、数据库、测温硬件和网络设备，如需乙方代购，另行报价。乙方人员现场服务超出合同约定天数的，按每人天¥2,800另行收费。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的65%（¥604,500）作为预付款，乙方收到预付款后启动项目。

3.2 系统安装部署完成并上线运行后10个工作日内，甲方支付合同总价的35%（¥325,500）。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金；乙方有权暂停服务直至甲方付清款项。

## 第四条 实施周期

4.1 乙方应在收到预付款后120日内完成系统部署和定制开发。因甲方需求变更、资料提供不及时或现场条件不具备造成的延误，工期相应顺延。

4.2 乙方逾期完成的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

4.3 甲方应在合同签订后10日内提供服务器、操作系统、数据库、网络等运行环境，环境配置须符合乙方提供的《系统部署环境要求》。运行环境不符合要求导致系统无法正常运行的，由甲方负责。

4.4 甲方应指定项目联系人，及时确认需求说明、界面原型和测试结果。甲方在乙方提交确认材料后3个工作日内未答复的，视为确认。

## 第五条 验收

5.1 系统安装部署完成并上线运行，即视为甲方验收合格。甲方未在上线后5日内书面提出异议的，视为对系统质量无异议。

## 第六条 免费维护期

6.1 系统上线之日起六个月为免费维护期。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 故障响应：一级故障（系统无法登录或生产数据无法录入）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在乙方版本更新时统一处理。

6.3 乙方尽力按上述时限处理故障，但不因超时承担扣款、赔偿或违约金。

## 第七条 维保服务

7.1 免费维护期满后，甲方应与乙方签订年度维保协议，年度维保费按乙方当年公布的服务价格标准执行。

7.2 未签订维保协议的，乙方不再提供任何技术支持和版本升级。

7.3 维保服务内容包括远程技术支持、缺陷修复和产品版本升级，现场服务和新增功能开发另行收费。

## 第八条 知识产权

8.1 "晋酿酿造管理系统"及乙方为甲方定制开发的全部模块、接口程序、源代码和技术文档的知识产权均归乙方所有。

8.2 甲方仅取得在本企业内部使用上述软件的非独占许可，不得修改、反向工程或提供给第三方。乙方不向甲方交付定制开发部分的源代码。

## 第九条 数据

9.1 甲方在系统中产生的生产数据归甲方所有。

9.2 甲方同意乙方可将系统运行中产生的工艺参数、发酵曲线和质量检验数据经脱敏处理后，用于乙方产品改进、工艺模型训练和行业分析，该授权在本合同终止后继续有效。

9.3 乙方应采取访问控制、数据备份和加密传输等安全措施保护系统数据；因乙方原因导致数据泄露或丢失的，乙方负责恢复并承担相应赔偿责任。

## 第十条 培训与资料

10.1 乙方为甲方提供系统管理员培训和关键用户培训各一期，共计不超过6天，培训地点在甲方现场。甲方新增人员的培训或超出上述天数的培训，按乙方人天单价另行收费。

10.2 乙方向甲方提供用户操作手册和系统管理手册电子版各一份。

## 第十一条 保密

11.1 双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期至合同终止后三年。

## 第十二条 合作伙伴

12.1 乙方可根据项目需要，将部署实施、接口开发等部分工作交由乙方的合作伙伴完成，无需另行取得甲方同意。乙方对合作伙伴的工作向甲方负责。

## 第十三条 责任限制

13.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

13.2 乙方不承担甲方的间接损失、利润损失、生产损失和数据恢复以外的损失。

## 第十四条 合同解除

14.1 一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除合同。

14.2 甲方因自身原因解除合同的，已支付的款项不予退还。

14.3 合同解除后，甲方应停止使用乙方软件，并在10日内删除全部安装程序和备份。

## 第十五条 不可抗力

15.1 因不可抗力、政策调整、网络运营商或第三方软硬件故障导致乙方不能按期履行的，乙方不承担责任，工期相应顺延。

15.2 因甲方生产工艺调整、测温设备更换或ERP系统升级导致接口需要修改的，由甲方承担修改费用，乙方按人天单价另行报价。

## 第十六条 争议解决

16.1 因本合同引起的争议，双方协商解决；协商不成的，提交太原仲裁委员会仲裁。

## 第十七条 其他

17.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，以乙方的产品说明书为准。

甲方（盖章）：清徐县晋源老陈醋酿造有限公司　　乙方（盖章）：太原晋酿智能科技有限公司

代表：＿＿＿＿　　代表：＿＿＿＿

日期：2025年5月26日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PL-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 July 2025 between:
P:(1) Qingdao Haiyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 88 Jiaozhou Bay Road, Huangdao District, Qingdao, Shandong Province (the "Customer"); and
P:(2) Petra Logic Software LLC, a limited liability company registered in the Hashemite Kingdom of Jordan, with its principal office at 21 Wadi Saqra Street, Amman, Jordan (the "Vendor").
P:Recitals: (A) The Customer operates six temperature-controlled warehouses in Qingdao, Yantai and Weifang and wishes to replace its warehouse management system. (B) The Vendor licenses the ColdStack WMS software and provides implementation services. (C) The Customer selected the Vendor after a competitive tender and the parties now wish to record the terms of the licence and services.
H:Article 1 Definitions
P:1.1 "Software" means ColdStack WMS version 8, including the RF handheld module and the temperature-logging module, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, workflow configurations and any other work product made by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software in the course of the Customer's business, including inventory, temperature, customer and order records.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants to the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Customer's sites in mainland China for the number of users and devices listed in Article 3.
P:2.2 The Vendor shall implement the Software at all six warehouses, build the interface to the Customer's Kingdee ERP and to its transport management system, migrate open stock and master data, and train the Customer's staff.
P:2.3 Training covers system administrators, warehouse supervisors and handheld operators at each warehouse, with at least 16 sessions in total. The Vendor shall provide user manuals and administrator manuals in Chinese, and short video lessons for the handheld functions. The Customer shall make trainees and training rooms available on the dates set in the project plan.
P:2.4 The Customer shall provide servers, network access, test data and a project team with decision-making authority, and shall review design documents within 5 business days after receipt.
P:2.5 The Vendor shall assign a project manager who speaks Chinese or works with a Chinese interpreter provided at the Vendor's cost, and shall perform on-site work in Qingdao as the project plan requires.
H:Article 3 Price
P:3.1 All prices are stated in Chinese Yuan (CNY) at the Customer's request and include all taxes, travel and expenses of the Vendor. The prices are fixed for the duration of the project.
P:3.2 Licence fees: Server licence CNY 420,000; 120 named user licences at CNY 2,600 each, CNY 312,000; RF handheld module for 60 devices at CNY 1,450 each, CNY 87,000. Licence subtotal: CNY 819,000.
P:3.3 Services: implementation and data migration CNY 286,000; ERP and transport system interfaces CNY 94,000; training CNY 21,000. Services subtotal: CNY 401,000.
P:3.4 The total Contract Price is CNY 1,220,000.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 122,000) as an advance within 15 business days after signature and receipt of an invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 671,000) after Initial Acceptance under Article 5.2.
P:4.3 The Customer shall pay the balance of 35% (CNY 427,000) within 15 business days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account named in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and data migration and request Initial Acceptance within 120 days after signature.
P:5.2 Initial Acceptance requires that all functions in the agreed specification pass the test scripts, that stock figures after migration reconcile with the ERP at SKU and location level, and that the interfaces run for 10 consecutive days without an unresolved error.
P:5.3 Final Acceptance requires, in addition, 60 days of live operation at all six warehouses without a Severity 1 incident, picking transactions on handheld devices completing within 2 seconds at peak load, and handover of all documentation and of the source code of the Custom Deliverables. The Customer shall issue the Final Acceptance certificate within 10 business days after these criteria are met.
P:5.4 Go-live, use of the Software in production or any payment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specification for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, upgrades and remote and on-site support free of charge.
P:6.2 Severity 1 means that receiving, picking or shipping is stopped at any warehouse or that temperature logging fails. The Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and restore the function or provide a workaround within 8 hours. Severity 2 incidents shall be answered within 2 hours and resolved within 2 business days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall pay CNY 1,200, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period the Customer may order annual support at 11% of the licence subtotal per year (CNY 90,090), which price is fixed for three annual periods. Support is ordered by a purchase order for each period and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer from creation. The Customer may use, modify, and license them to third parties without restriction. The Vendor shall deliver their source code with the Final Acceptance documentation.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and for no other purpose, and shall not keep copies after the work for which it was needed.
P:8.2 The Software is installed on the Customer's servers in Qingdao. The Vendor's staff may access them remotely only through the Customer's VPN, with an approval for each session, and all sessions are logged.
P:8.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law and shall not transfer Customer Data outside mainland China.
P:8.4 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, and shall bear all losses and costs resulting from a breach caused by the Vendor or its staff.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party and shall use it only for this Agreement. This obligation lasts for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to request Initial Acceptance on time for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to infringement claims, breach of Article 8 or Article 9, wilful misconduct, or death and personal injury.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not cure it within 20 days after written notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted, and the licence under Article 2.1 survives for any licence fees paid.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Arbitration
P:14.1 This Agreement is governed by the laws of the Hashemite Kingdom of Jordan.
P:14.2 Any dispute arising out of this Agreement shall be settled by arbitration in Amman under the arbitration rules of the Amman Chamber of Commerce. The proceedings shall be held in English.
H:Article 15 General
P:15.1 This Agreement is made in English and in Chinese. Both versions have equal force. The Annexes (specification, project plan, test scripts) form part of it.
P:For the Customer: Qingdao Haiyun Cold Chain Logistics Co., Ltd.   Signature: ____________
P:For the Vendor: Petra Logic Software LLC   Signature: ____________
"""

E02 = """# ORDER FORM — CedarYield Revenue Management Service

**Order Form No.** CY-ORD-2025-0388  
**Provider:** Cedar Yield Systems SAL, Achrafieh, Charles Malek Avenue, Beirut, Lebanon  
**Customer:** Hangzhou Lanting Hotel Management Co., Ltd., 166 Qingchun Road, Shangcheng District, Hangzhou, Zhejiang, PRC  
**Order date:** 9 June 2025

This Order Form is entered into between Provider and Customer. Customer operates 26 mid-scale hotels in Zhejiang and Jiangsu and wishes to use Provider's hosted revenue management service to set room rates and forecast demand. This Order Form, together with the General Terms attached below, forms the agreement between the parties (the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Section 1 Subscription

1.1 **Service:** CedarYield RMS, hosted edition, with the forecasting, rate recommendation, competitor rate shopping, group displacement and reporting modules, for 26 hotel properties listed in Annex 1.

1.2 **Subscription Term:** three Subscription Years, starting on the Go-Live Date. Each "Subscription Year" is a period of consecutive months starting on the Go-Live Date or on its anniversary.

1.3 **Users:** up to 60 named users, including the central revenue team, regional directors and the general manager and front office manager of each hotel.

1.4 **Onboarding services:** connection of the service to Customer's property management system (Shiji) and channel manager, loading of two years of booking history, configuration of rate rules for each hotel, and training for the central revenue team and the hotel general managers.

## Section 2 Fees

All fees are in Chinese Yuan (CNY), at Customer's request, and include VAT and all other taxes.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | 26 properties × CNY 9,800 per Subscription Year | 254,800 per Subscription Year |
| Subscription fees for the term | 3 Subscription Years | 764,400 |
| Onboarding services (one-time) | fixed price | 48,000 |
| **Total Contract Value** | | **812,400** |

2.1 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice.

2.2 The onboarding fee is invoiced after Go-Live Acceptance under Section 3 and is payable within 30 days of invoice. No amount is payable before the Go-Live Date.

2.3 Additional hotels may be added at the same per-property fee, pro rata for the remainder of the current Subscription Year. Hotels that Customer sells or closes may be removed from the next Subscription Year on 60 days' written notice, and the subscription fee is then reduced accordingly.

2.4 Provider shall issue valid PRC VAT invoices through its appointed local agent. Customer is not required to pay any amount for which a valid invoice has not been received.

## Section 3 Onboarding and Go-Live Acceptance

3.1 Provider shall complete onboarding and make the service ready for Go-Live Acceptance within 60 days after the order date.

3.2 Go-Live Acceptance tests: (a) the interface with the property management system transfers reservations, cancellations and rates for all 26 hotels without error for 7 consecutive days; (b) the demand forecast for a back-test period chosen by Customer is within the accuracy stated in Annex 2; (c) rate recommendations are published to the channel manager within 5 minutes; (d) all users can log in with Customer's single sign-on. Customer signs a Go-Live Acceptance certificate when the tests are passed. Use of the service before that date is not acceptance.

3.3 If Provider does not make the service ready for Go-Live Acceptance on time for reasons within its control, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 36,000.

## Section 4 Contacts

Provider: Rami Haddad, Account Director, rami.haddad@cedaryield.example. Customer: Shen Jie, Director of Revenue, shenjie@lanting-hotels.example.

---

# GENERAL TERMS

## Section 5 Service Levels

5.1 Provider shall make the service available 99.95% of each calendar month, excluding maintenance windows announced at least 5 days in advance and scheduled between 01:00 and 05:00 China Standard Time.

5.2 Support is available 24 hours a day. Priority 1 (service unavailable or rates cannot be published) is answered within 30 minutes and restored within 3 hours. Priority 2 (a module unavailable) is answered within 2 hours and resolved within 1 business day. Priority 3 is answered within 1 business day.

5.3 If availability in a month falls below the commitment, Customer receives a service credit of 5% of the monthly portion of the subscription fee for each 0.1 percentage point of shortfall. If a Priority 1 restoration time is missed, Customer receives a further credit of CNY 1,000 for each hour of delay. Credits are deducted from the next invoice or refunded at the end of the term.

## Section 6 Customer Data

6.1 "Customer Data" means reservations, rates, guest counts, revenue figures and other data that Customer or its hotels submit to the service or that the service generates for Customer. Customer owns all Customer Data.

6.2 Provider shall use Customer Data to provide the service to Customer. In addition, Customer grants Provider a perpetual, non-exclusive licence to use Customer Data in aggregated and anonymised form, combined with data of other customers, to build market demand benchmarks, to train and improve its forecasting models and to offer benchmark reports to other customers. This licence continues after the end of the Agreement.

6.3 On termination or expiry, Provider shall make Customer Data available for export for 30 days and shall then delete it, except for the aggregated and anonymised data described in Section 6.2.

## Section 7 Data Security

7.1 The service for Customer is hosted on cloud infrastructure in mainland China (Shanghai region). Provider maintains ISO/IEC 27001 certification, encrypts Customer Data in transit and at rest, restricts access to named personnel with multi-factor authentication, and keeps access logs for at least 180 days.

7.2 Guest personal information is not needed for the service and Customer shall not upload it. If any personal information is received, Provider shall process it in line with the PRC Personal Information Protection Law.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours of discovery, shall take all steps needed to contain it, and is responsible for the losses, costs and regulatory penalties Customer suffers from an incident caused by Provider's failure to meet this Section 7.

## Section 8 Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for the Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation survives for three years after the Agreement ends.

## Section 9 Intellectual Property

9.1 Provider owns the service, its software and its models.

9.2 Rate rules, reports and configurations made specifically for Customer belong to Customer. Customer may use, copy and modify them freely and may give them to any replacement provider.

## Section 10 Subcontracting and Subprocessors

10.1 Provider uses the hosting provider named in Annex 3, which Customer approves by signing this Order Form. Provider shall not subcontract any other part of the service or engage any other subprocessor without Customer's prior written consent.

## Section 11 Liability

11.1 Neither party is liable for indirect or consequential loss.

11.2 Provider's total liability under the Agreement is limited to the total fees paid by Customer in the eighteen (18) months preceding the event giving rise to the claim. The limit does not apply to breach of Section 7 or Section 8, or to fraud or wilful misconduct.

## Section 12 Term, Renewal and Termination

12.1 The Agreement ends at the end of the third Subscription Year. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

12.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remainder of the Subscription Year.

12.3 Customer may also terminate the Agreement by written notice if the monthly availability is below the commitment in three consecutive months.

## Section 13 Governing Law and Disputes

13.1 The Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai under its rules in force at the time. The arbitral award is final and binding on both parties.

## Section 14 General

14.1 This Order Form and the General Terms are the entire agreement between the parties about the service and replace all earlier proposals. Changes require a written amendment signed by both parties.

14.2 Notices must be in writing and sent to the contacts in Section 4. Neither party may assign the Agreement without the other party's written consent.

**Signed for Provider:** ______________ Rami Haddad, Account Director  
**Signed for Customer:** ______________ Shen Jie, Director of Revenue
"""

E03 = """T:PURCHASE CONTRACT FOR GRAIN STORAGE MONITORING EQUIPMENT
P:Contract No. JH-PUR-2025-046
P:Buyer: Zhangjiagang Jinhe Grain Storage Co., Ltd., 9 Gangcheng Avenue, Zhangjiagang, Jiangsu Province, PRC (the "Buyer")
P:Supplier: Al Batinah Sensing Technologies LLC, Sohar Industrial Estate, Sohar, Sultanate of Oman (the "Supplier")
P:Whereas the Buyer operates a grain reserve depot with 16 flat warehouses and 8 silos at Zhangjiagang and wishes to install an online monitoring system for grain temperature, humidity, carbon dioxide and phosphine; whereas the Supplier manufactures such equipment and has offered to supply, install and commission it; the parties agree as follows, on the Buyer's standard purchase terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, cables, detectors, gateways and accessories listed in Clause 2, and "Software" means the monitoring software licensed under Clause 2.
P:1.2 "Site" means the Buyer's depot at Zhangjiagang.
P:1.3 "Installation Certificate" means the Buyer's signed record that the Equipment has been installed, and "Final Acceptance" means the Buyer's signed certificate under Clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver to the Site, install, commission and integrate the Equipment and Software, and train the Buyer's staff. All prices are in Chinese Yuan (CNY), include VAT, duties, transport, insurance and the Supplier's travel costs, and are fixed.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cables for grain piles|240|3,150|756,000
TB:2|Humidity and CO2 sensors|64|4,200|268,800
TB:3|Phosphine gas detectors|32|6,800|217,600
TB:4|Wireless gateways with backup power|16|9,500|152,000
TB:5|Monitoring software, perpetual site licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,580,400
TB:6|Installation and commissioning|1|148,600|148,600
TB:7|Integration with the Buyer's grain management system|1|63,000|63,000
TB:8|Training|1|8,000|8,000
TB:|Contract Price|||1,800,000
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all Equipment to the Site within 75 days after signature and complete installation within 30 days after delivery, outside the periods of grain intake notified by the Buyer.
P:3.2 The Supplier's staff shall follow the Buyer's safety rules for work in warehouses and silos, including fumigation safety rules, gas testing before entry and permits for work at height.
P:3.3 The Buyer shall issue the Installation Certificate within 5 business days after installation is complete. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.4 The Supplier shall pack the Equipment for sea and road transport, mark every package with the contract number and item numbers, and bear the risk of loss until the Installation Certificate is signed. Title passes to the Buyer on delivery to the Site.
P:3.5 The Supplier shall provide, with the Equipment, the certificates of origin, factory test reports, calibration certificates for every sensor and detector, the explosion-protection certificates required for fumigated spaces, and the PRC compulsory certification where it applies.
H:4. Payment
P:4.1 No advance payment is made.
P:4.2 The Buyer shall pay 65% of the Contract Price (CNY 1,170,000) within 20 business days after the Installation Certificate and receipt of a valid invoice.
P:4.3 The Buyer shall pay the remaining 35% (CNY 630,000) within 20 business days after Final Acceptance.
H:5. Technical Requirements
P:5.1 Temperature cables shall measure with an accuracy of ±0.5 °C; humidity sensors ±3% relative humidity; phosphine detectors shall cover 0 to 2,000 ppm with alarm thresholds set by the Buyer.
P:5.2 Gateways shall upload readings at least every 30 minutes and store readings locally for 7 days if the network fails.
P:5.3 The Software shall show three-dimensional temperature maps for each warehouse and silo, raise alarms by SMS and in the Buyer's grain management system, and export reports in the formats required by the provincial grain reserve authority.
H:6. Testing and Acceptance
P:6.1 After installation the Supplier shall carry out site acceptance tests in the presence of the Buyer, following the test plan in Annex 2.
P:6.2 Final Acceptance criteria: every sensor point reports correctly to the Software; calibration checks of a random sample of 10 sensors of each type are within the stated accuracy; phosphine alarms are triggered correctly in a controlled test; data are shown correctly in the grain management system; and the system runs for 30 consecutive days without a Severity 1 fault.
P:6.3 The Buyer shall sign the Final Acceptance certificate within 10 business days after the criteria are met, or state in writing which criteria are not met. Installation, use of the system or payment does not amount to acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and Software for thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace defective items free of charge, including parts, labour, shipping and travel, and shall provide software updates.
P:7.2 The Supplier shall keep a stock of spare sensors, cables and gateways in China so that a defective item can be replaced within 72 hours.
H:8. Fault Response
P:8.1 Severity 1 means loss of monitoring in a whole warehouse or silo, or failure of phosphine detection during fumigation. The Supplier shall respond within 1 hour and restore monitoring within 24 hours. Severity 2 means the failure of individual sensors or cables; the Supplier shall respond within 2 hours and repair within 3 days.
P:8.2 For each full hour by which the Supplier misses a Severity 1 response or restoration time, the Buyer may deduct CNY 800 from any amount due or claim it from the Supplier.
H:9. Post-Warranty Support
P:9.1 After the warranty, the Buyer may order annual support covering repairs, replacement parts, calibration and software updates at 7.5% of the Hardware and Licence Subtotal per year (CNY 118,530), fixed for two annual periods. Support is ordered by a separate purchase order and does not renew automatically.
H:10. Training and Documentation
P:10.1 The Supplier shall train the Buyer's warehouse keepers, maintenance technicians and system administrators at the Site, in at least 6 sessions, on daily use of the Software, handling of alarms, routine checks of sensors and replacement of cables.
P:10.2 The Supplier shall deliver operating manuals, maintenance manuals, wiring drawings and as-built sensor layouts in Chinese and English, in paper and electronic form, before Final Acceptance.
H:11. Intellectual Property
P:11.1 The Software remains the property of the Supplier and is licensed to the Buyer for perpetual use at the Site.
P:11.2 The integration programs, report templates and configuration made for the Buyer under Clause 2 belong to the Buyer, who may use, modify and license them freely. The Supplier shall deliver their source code at Final Acceptance.
H:12. Buyer Data and Security
P:12.1 All readings, alarms, logs and other data collected by the system belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:12.2 The Software runs on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's VPN and bastion host. The Supplier shall not copy data out of the Buyer's network.
P:12.3 The Supplier shall report any security incident affecting the system within 12 hours, shall help the Buyer to contain it and shall be liable for all losses caused by an incident attributable to the Supplier.
H:13. Confidentiality
P:13.1 Each party shall keep confidential the non-public information received from the other party, including the layout and stock levels of the depot, and shall not disclose it to third parties without prior written consent. This clause survives termination for three years.
H:14. Liquidated Damages and Liability
P:14.1 If the Supplier delays delivery or installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:14.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 12 and 13, which are not limited.
H:15. Subcontracting
P:15.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:16. Termination
P:16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay damages reach their maximum.
H:17. Force Majeure
P:17.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war or government action, if it notifies the other party within 5 days and takes reasonable steps to reduce the effect. Delays of the Supplier's own suppliers are not force majeure.
H:18. Governing Law and Disputes
P:18.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.
P:This Contract is made in Chinese and English in four counterparts, two for each party; both languages have equal force. Annex 1: Site plan and sensor layout. Annex 2: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED END-USER SERVICES AGREEMENT

**Agreement No.** GM-MSA-2025-117  
**Date:** 2 September 2025

**BETWEEN**

**Foshan Meida Ceramics Co., Ltd.**, a company incorporated in the People's Republic of China, of 31 Nanzhuang Avenue, Chancheng District, Foshan, Guangdong ("Customer"); and

**Gulf Meridian IT Services W.L.L.**, a company registered in the State of Kuwait, of Al Hamra Tower, Sharq, Kuwait City, Kuwait ("Provider").

**BACKGROUND**

(A) Customer operates three ceramic tile factories and a head office in Foshan with about 1,450 desktop computers, laptops and shop-floor terminals.

(B) Provider offers managed service desk, endpoint management and on-site support services and has a delivery partner office in Guangzhou staffed by its own employees.

(C) Customer selected Provider after a tender and the parties wish to set out the terms on which Provider will deliver the services.

## 1. DEFINITIONS

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Service Acceptance certificate under Clause 4.

1.3 "Endpoints" means the devices listed in the asset register agreed during transition.

1.4 "Monthly Charge" means the charge set out in Schedule 2.

## 2. SERVICES AND TERM

2.1 Provider shall provide the Services for a term of 36 months from the Service Commencement Date.

2.2 Before the Service Commencement Date, Provider shall carry out transition: it shall take over the asset register, document Customer's current support processes, install its endpoint management agent on all Endpoints, set up the service desk telephone line and portal in Chinese, and train Customer's key users.

2.3 The Agreement ends at the end of the term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. CHARGES AND PAYMENT

3.1 All charges are in Chinese Yuan (CNY), at Customer's request, and include VAT. Charges are set out in Schedule 2 and are fixed for the term.

3.2 The Monthly Charge is invoiced monthly in arrears, after the end of each month, together with the service level report for that month, and is payable within 30 days of invoice.

3.3 The transition fee is invoiced after the Service Commencement Date and is payable within 30 days of invoice. Customer makes no advance payment.

3.4 If the number of Endpoints changes by more than 5% for more than two consecutive months, the Monthly Charge is adjusted at the per-Endpoint rate in Schedule 2 from the following month.

## 4. TRANSITION AND SERVICE ACCEPTANCE

4.1 Provider shall complete transition and request Service Acceptance within 60 days after the date of this Agreement.

4.2 Service Acceptance criteria: the agent is installed and reporting on at least 98% of Endpoints in the asset register; the service desk has handled calls for 14 consecutive days in a shadow run with all tickets recorded correctly; the runbooks listed in Schedule 1 are approved by Customer; and Customer's key users have been trained. Customer signs the Service Acceptance certificate within 5 business days after these criteria are met.

4.3 If Provider fails to request Service Acceptance on time for reasons within its control, Provider shall pay Customer CNY 300 for each day of delay as liquidated damages, up to CNY 30,000.

## 5. SERVICE LEVELS

5.1 Provider shall meet the service levels in Schedule 3 each month and shall report on them in the monthly service level report.

5.2 If Provider misses a service level, Customer receives the service credit set out in Schedule 3. Credits are deducted from the next invoice and are not the only remedy of Customer.

## 6. CUSTOMER DATA

6.1 "Customer Data" means all data on the Endpoints and in Customer's systems, and all tickets, asset records and reports produced under this Agreement.

6.2 Customer Data remains the property of Customer. Provider may use Customer Data only to perform the Services and shall return all Customer Data and delete its copies at the end of the Agreement.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential the non-public information of the other party, including production data, product designs and prices, and shall not disclose it to anyone except employees who need it to perform this Agreement. This obligation lasts for three years after the end of the Agreement.

## 8. INTELLECTUAL PROPERTY

8.1 Runbooks, scripts, knowledge articles and reports prepared by Provider for Customer belong to Customer, which may use and modify them and hand them to a successor provider.

8.2 Provider's own tools, including its endpoint management platform, remain Provider's property and are licensed to Customer for the term.

## 9. PERSONNEL AND SUBCONTRACTING

9.1 Provider shall assign a service delivery manager and at least four on-site engineers, one at each factory and one at the head office, during working hours. Provider shall replace any person whom Customer reasonably asks to be removed.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 10. GOVERNANCE AND CHANGES

10.1 The parties shall hold a monthly service meeting to review the service level report, open problems and planned changes, and a quarterly service review attended by Customer's IT manager and Provider's account director.

10.2 Either party may propose changes to the Services in writing. Provider shall respond within 10 business days with the effect on the Services and the charges. No change is binding until both parties sign a change note.

10.3 Customer shall give Provider's engineers access to its sites, a work area, network access and the administrator rights needed to perform the Services, and shall tell Provider in advance of planned changes to its systems that may affect the Services.

10.4 Provider shall keep the asset register and the knowledge base up to date so that they can be handed to Customer or a new provider at any time.

## 11. LIABILITY

11.1 Neither party is liable for loss of profit or indirect loss.

11.2 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value set out in Schedule 2, except for wilful misconduct, fraud and personal injury.

## 12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the Priority 1 resolution service level in three months in any six-month period.

12.2 Customer may also terminate the Agreement for convenience on 90 days' written notice after the first 18 months of the term, by paying the transition fee in full and the Monthly Charges up to the date of termination; no other termination charge applies.

12.3 On termination or expiry, Provider shall cooperate in the handover to Customer or a new provider for up to 60 days, at the rates in Schedule 2 where the Agreement ended for a reason other than Provider's breach.

## 13. FORCE MAJEURE

13.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly. Provider shall keep a business continuity plan for the service desk and shall test it each year.

## 14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## SCHEDULE 1 — SERVICES

| Service | Description |
|---|---|
| Service desk | Chinese-language telephone, e-mail and portal support, 24 hours a day, for all Customer users |
| Endpoint management | Patch deployment, software distribution, antivirus updates, inventory and remote control on all Endpoints |
| On-site support | Hardware break-fix, moves and changes, shop-floor terminal replacement at the three factories and head office |
| Asset management | Asset register upkeep, monthly reconciliation, disposal records |
| Reporting | Monthly service level report and quarterly service review |

## SCHEDULE 2 — CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly Charge | 1,450 Endpoints × CNY 38 per Endpoint per month | 55,100 per month |
| Monthly Charges for the term | 36 months | 1,983,600 |
| Transition fee (one-time) | fixed | 126,000 |
| Total Contract Value | | 2,109,600 |

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| Priority 1 | A production line or more than 50 users cannot work | 30 minutes | 6 hours | CNY 2,000 per incident |
| Priority 2 | A single user cannot work | 1 hour | 1 business day | CNY 300 per incident |
| Priority 3 | Requests and minor faults | 8 business hours | 3 business days | CNY 100 per incident |
| Service desk | Calls answered within 60 seconds | monthly 90% of calls | — | 2% of the Monthly Charge |

**Signed for Customer:** ______________ (authorised representative, company seal)  
**Signed for Provider:** ______________ (authorised representative)
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. DMD-SUB-2025-072

THIS AGREEMENT is made on 21 August 2025

BETWEEN

(1) Dilmun Market Data B.S.C. (c), a closed joint stock company registered in the Kingdom of Bahrain, of Bahrain Financial Harbour, West Tower, Manama, Kingdom of Bahrain ("Provider"); and

(2) Xiamen Haicang Petrochemical Trading Co., Ltd., a company incorporated in the People's Republic of China, of 1200 Haicang Avenue, Haicang District, Xiamen, Fujian ("Customer").

RECITALS

(A) Provider publishes daily price assessments, freight rates and trade-flow data for petrochemicals, polymers and fertilisers in the Gulf region and delivers them through a data application programming interface (the "API").

(B) Customer imports polyethylene, polypropylene and methanol from the Gulf and wishes to feed Provider's data into its own pricing, risk and reporting systems.

(C) The parties have agreed that Provider will grant Customer a subscription to the API on the terms below.

1. DEFINITIONS

1.1 "Data" means the price assessments, freight rates, trade-flow statistics, methodology notes and historical series made available through the API for the datasets listed in Schedule 1.

1.2 "Subscription Year" means each period of consecutive months beginning on the Start Date or on an anniversary of it.

1.3 "Start Date" means the date on which Customer confirms Onboarding Acceptance under Clause 4.

1.4 "Customer Data" means the user details, watch-lists, query logs, uploaded positions and any other information that Customer or its users provide to Provider or that Provider records about their use of the API.

1.5 "Authorised Users" means the employees of Customer named in the user list, up to 25 at any time.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Term, a non-exclusive, non-transferable licence to receive the Data through the API, to store it in Customer's internal systems, and to use it for Customer's internal business purposes, including pricing, contract settlement, risk management and internal reporting.

2.2 Customer may show Data to its customers and banks in limited extracts that are not a substitute for a subscription, with attribution to Provider.

2.3 Customer shall not resell or redistribute the Data as a data product.

2.4 The Term is two Subscription Years from the Start Date.

3. FEES

3.1 All fees are stated in Chinese Yuan (CNY) at Customer's request and include VAT.

3.2 The subscription fee is CNY 228,000 per Subscription Year for the datasets in Schedule 1, 25 Authorised Users and up to 400,000 API calls per month. The total subscription fee for the Term is CNY 456,000.

3.3 Calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. Customer may set a monthly ceiling on overage in the user portal.

3.4 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice. No fee is invoiced before the Start Date.

3.5 The fees are fixed for the Term.

3.6 Customer may add Authorised Users at CNY 4,200 per user per Subscription Year, pro rata for the rest of the current Subscription Year, and may add datasets at the list prices in Schedule 1.

4. ONBOARDING AND ACCEPTANCE

4.1 Within 20 business days after signature Provider shall issue API credentials, deliver the field dictionary, load the historical back-file for each dataset from January 2018, and give Customer's developers two remote technical workshops.

4.2 Onboarding Acceptance: Customer shall test, within 10 business days after Provider's notice that onboarding is complete, that (a) all datasets in Schedule 1 can be retrieved with the fields listed in the field dictionary, (b) the back-file is complete for the agreed date range, (c) the daily assessments for 10 consecutive trading days agree with the values published on Provider's web platform, and (d) all Authorised Users can log in to the portal. Customer confirms Onboarding Acceptance in writing when these tests are passed, or lists the failures, which Provider shall correct before a new test.

4.3 Use of the API for testing before Onboarding Acceptance is free of charge.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to make the API available and to publish the Data on each trading day in accordance with its published methodology.

5.2 Provider provides support by e-mail and telephone during its business hours, Sunday to Thursday, 08:00 to 17:00 Bahrain time, and will handle support requests as soon as reasonably practicable.

5.3 Provider may carry out maintenance of the API from time to time and will try to give notice of planned maintenance on its status page.

5.4 Provider may change the format of the API on 90 days' notice, provided that the content of the Data for the subscribed datasets is not reduced.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the API and support to Customer and to calculate fees, and shall not disclose it to any third party or use it for any other purpose, including its own price assessments.

6.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to named support staff, multi-factor authentication and logging of access. Provider holds ISO/IEC 27001 certification and shall keep it during the Term.

6.3 Provider shall notify Customer in writing within 48 hours after it becomes aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take the steps needed to contain the incident, and shall be responsible for the losses and costs that Customer suffers from an incident caused by Provider's breach of this Clause 6.

6.4 On expiry or termination, Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the Data, the API and its methodologies. Nothing in this Agreement transfers ownership of them.

7.2 Field mappings, custom data extracts and report templates that Provider prepares specifically for Customer belong to Customer, which may use and modify them freely.

7.3 Data that Customer has stored during the Term may be kept and used internally after the Term for historical records, audit and settlement of contracts concluded during the Term.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the terms of this Agreement, Customer's positions and trading strategies, and Provider's unpublished methodology, and shall use it only to perform this Agreement. This obligation survives for three years after the end of the Agreement.

9. SUBCONTRACTING

9.1 Provider shall not subcontract the delivery of the API or support without Customer's prior written consent, except for the hosting provider named in Schedule 1, which Customer approves by signing this Agreement.

10. WARRANTIES AND LIABILITY

10.1 Provider warrants that the Data is compiled with reasonable skill and care in line with its published methodology, and that it has the rights needed to grant the licence.

10.2 Neither party is liable for indirect or consequential loss or loss of profit.

10.3 Provider's total liability under this Agreement is limited to twice the total subscription fee for the Term, except for breach of Clause 6 or Clause 8, fraud and wilful misconduct.

10.4 Provider shall indemnify Customer against any claim that the Data or the API infringes a third party's intellectual property rights.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement ends at the end of the Term. It may be renewed only by a written agreement signed by both parties, at fees then agreed.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.3 If Customer terminates for Provider's breach, Provider shall refund the subscription fee paid for the rest of the Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing. The award is final and binding.

13. GENERAL

13.1 This Agreement, with its Schedule, is the entire agreement between the parties about its subject matter. Changes must be in writing and signed by both parties.

13.2 Neither party may assign this Agreement without the prior written consent of the other party, except to a successor of its whole business that accepts this Agreement in writing.

13.3 Notices shall be sent to the addresses above by courier or e-mail with confirmation of receipt.

SCHEDULE 1 — DATASETS AND HOSTING

Datasets: Gulf polyethylene and polypropylene export prices (FOB Jebel Ali, FOB Sohar, FOB Dammam); methanol and urea export prices; Gulf-to-China freight rates; monthly export trade flows by grade. Hosting provider: the public cloud region of a major provider in the Kingdom of Bahrain.

Signed for Provider: ____________________  Name: Yusuf Al-Mannai, Commercial Director

Signed for Customer: ____________________  Name: Lin Wei, General Manager
"""

SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
TARGETS = {"z01": ("h544z01_emergency_bureau_safety_platform.pdf", "pdf"),
           "z02": ("h544z02_cement_kiln_control_retrofit_maintenance.docx", "docx"),
           "z03": ("h544z03_bakery_chain_ordering_saas.txt", "txt"),
           "z04": ("h544z04_funeral_home_system_annual_om.txt", "txt"),
           "z05": ("h544z05_vinegar_brewing_software_supplier_template.md", "md"),
           "e01": ("h544e01_cold_chain_wms_licence_jordan_vendor.pdf", "pdf"),
           "e02": ("h544e02_hotel_revenue_saas_order_form_lebanon.md", "md"),
           "e03": ("h544e03_grain_depot_sensors_oman_supplier.docx", "docx"),
           "e04": ("h544e04_ceramics_managed_enduser_services_kuwait.md", "md"),
           "e05": ("h544e05_petrochemical_price_data_api_bahrain.txt", "txt")}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# base (compliant) values, overridden per draft
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
# per draft: terms, extra, TCO inputs (fee base, fixed annual fee) for goods_or_licence
D = {
 "z01": (dict(availability_pct=99.95, prepayment_pct=20, warranty_months=36, post_warranty_fee_pct=8),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2470000), (1260000, 100800)),
 "z02": (dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, prepayment_pct=10, warranty_months=18,
              post_warranty_fee_pct=32, subcontract_without_consent=True),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2980000), (2544000, 814080)),
 "z03": (dict(availability_pct=99.5, liability_cap_pct=150, final_payment_on_acceptance=None,
              auto_renewal_price_increase=True, contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=912600), None),
 "z04": (dict(confidentiality=False, ld_rate_per_day_pct=0.2, final_payment_on_acceptance=None,
              termination_for_breach=False, contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=368000), None),
 "z05": (dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
              ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
              final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
              subcontract_without_consent=True, governing_law=None),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
              contract_value=930000), (480000, None)),
 "e01": (dict(p1_response_hours=1, liability_cap_pct=150, prepayment_pct=10, warranty_months=24,
              post_warranty_fee_pct=11, governing_law="Jordan"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1220000), (819000, 90090)),
 "e02": (dict(availability_pct=99.95, buyer_owns_data=False, ld_rate_per_day_pct=600 / 812400 * 100,
              liability_cap_pct=18 / 36 * 100, final_payment_on_acceptance=None, contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=812400), None),
 "e03": (dict(p1_response_hours=1, liability_cap_pct=200, warranty_months=36, post_warranty_fee_pct=7.5),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1800000), (1580400, 118530)),
 "e04": (dict(data_security_clause=False, ld_rate_per_day_pct=300 / 2109600 * 100, liability_cap_pct=150,
              final_payment_on_acceptance=None, contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2109600), None),
 "e05": (dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=None, liability_cap_pct=200,
              final_payment_on_acceptance=None, contract_kind="service"),
         dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=456000), None),
}
DESIGN = {
 "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
 "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
 "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
 "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
 "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
         "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
         "CR-WARRANTY"],
 "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
 "e04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
 "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(k):
    t, x, tco = D[k][0], D[k][1], D[k][2]
    if not tco or tco[1] is None or t.get("warranty_months") is None:
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = tco[1] * post_years
    return fees / (x["contract_value"] + fees) * 100


def expected_rules(k, t, x):
    """My own reading of policy.md section 3, applied to the labels."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(k)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------- threshold scan ----------
NUMZH = "〇零一二三四五六七八九十百"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)\s*%", r"百分之九十九点九(?![\d一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![\d.])4-hour", r"(?<![" + NUMZH + r"])四\s*个?\s*小时",
    r"\bfour[\s-]*hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?\b)",
    r"(?<![\d.])0\.050*(?!\d)\s*%", r"万分之五(?![十点\d一二三四五六七八九])", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?(?![\d.])\s*%", r"百分之百", r"(?<![\d.])100\s*per\s*cent", r"one hundred per\s*cent",
    r"(?<![\d.])30(?:\.0+)?(?![\d.])\s*%", r"百分之三十(?![一二三四五六七八九点])", r"三成", r"\bthirty per\s*cent",
    r"(?<![\d.])30\s*per\s*cent",
    r"(?<![\d.])12\s*(?:个月|months?\b)", r"(?<![\d.])12-month", r"(?<![" + NUMZH + r"])十二个月", r"\btwelve[\s-]*months?\b",
    r"一年", r"\bone[\s-]*year\b",
    r"(?<![\d.])15(?:\.0+)?(?![\d.])\s*%", r"百分之十五(?![点])", r"\bfifteen per\s*cent", r"(?<![\d.])15\s*per\s*cent",
    r"(?<![\d.])40(?:\.0+)?(?![\d.])\s*%", r"百分之四十(?![一二三四五六七八九点])", r"四成", r"\bforty per\s*cent",
    r"(?<![\d.])40\s*per\s*cent",
    r"(?<![\d.])5\s*(?:个)?\s*年(?!度)", r"(?<![" + NUMZH + r"])五年", r"\bfive[\s-]*years?\b", r"(?<![\d.])5[\s-]*years?\b",
    r"(?<![\d.])60\s*(?:个月|months?\b)", r"\bsixty[\s-]*months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "30 %", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months",
            "一年", "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月", "5 years"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "二十四小时", "14 hours",
             "99.5%", "0.055%", "130%", "1,200", "二〇二五年", "24 hours", "1.5年", "36 months", "Subscription Year",
             "35%", "65%", "12 hours", "120 days", "第十二条", "18个月"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            for m in rx.finditer(variant):
                out.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------- read back ----------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def plain_source(k):
    s = SOURCES[k]
    if TARGETS[k][1] in ("docx", "pdf"):
        return "\n".join(l.partition(":")[2].replace("|", " ") for l in s.splitlines() if l.strip())
    return s


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    bin_sources = {k: v for k, v in SOURCES.items() if TARGETS[k][1] in ("docx", "pdf")}
    bin_targets = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(bin_sources, bin_targets, OUT, wrap_words=True)
    for k, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, kind) in TARGETS.items():
        t = dict(BASE)
        t.update(D[k][0])
        x = D[k][1]
        if t["contract_kind"] == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and "post_warranty_fee_capped" not in x
        for f, th in THRESH.items():
            assert t[f] is None or t[f] != th, (k, f)
        s = tco_share(k)
        assert s is None or abs(s - 40) > 2, (k, s)
        rules = expected_rules(k, t, x)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        label = {"file": name, "language": "zh" if k[0] == "z" else "en", "category": CATEGORY[k],
                 "expected_terms": {f: t[f] for f in T}, "expected_extra": x, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
        text = read_back(OUT / name)
        for src in (text, plain_source(k), SOURCES[k]):
            for h in hits(src):
                problems.append((k, h))
        if k[0] == "z":
            n_all, n_nows = len(text), len(re.sub(r"\s", "", text))
            ok = 2750 <= n_all <= 3000  # the required measure: len() of the read-back text; non-space shown for information
            print(f"{name}: {n_all} chars, {n_nows} non-space {'OK' if ok else 'OUT OF RANGE'}")
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print(f"{name}: {n} words {'OK' if ok else 'OUT OF RANGE'}")
        risk = "high" if set(rules) & HIGH else ("medium" if rules and set(rules) - {"CR-GOVERNING-LAW"} else
                                                 ("low" if not rules or rules == ["CR-GOVERNING-LAW"] else "medium"))
        print("   ", rules, "risk", risk, "tco share", None if s is None else round(s, 2))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    for p in problems:
        print("THRESHOLD HIT", p)
    assert not problems
    print("all rules covered; no threshold figure found")
