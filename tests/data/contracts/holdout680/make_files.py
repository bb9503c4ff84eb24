"""holdout680: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
lengths, sums, rule coverage and the absence of threshold figures. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H680Z01 = """T:海域使用动态监管中心用海审批业务平台采购合同
P:合同编号：HYJG-ZC-2026-017（政府采购）
P:甲方（采购人）：某市海域使用动态监管中心
P:乙方（供应商）：某海洋信息技术有限公司
P:依据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，双方就用海审批业务平台的软件许可、定制开发及实施服务订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供用海审批业务平台软件许可（含审批流转、宗海图校核、海域动态监视监测三个模块，永久使用许可，不限用户数），并完成本合同约定的定制开发、数据迁移、部署实施与培训。
P:1.2 定制开发内容包括：用海申请网上受理与审批流程配置、宗海界址点坐标自动校核、与省级海域管理系统及不动产登记平台的数据接口、用海项目批后监管台账及统计报表。
P:1.3 乙方应于合同签订后一百五十日内完成全部工作并提交终验申请。
H:第二条 合同价款
P:2.1 合同总价为人民币2,058,000元（含税），为固定总价，包括：
P:（1）软件许可费1,136,000元；
P:（2）定制开发费742,000元；
P:（3）部署实施及数据迁移费154,000元；
P:（4）培训费26,000元。
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款。
P:3.2 平台部署完成、通过初验后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收、乙方提交全部交付文档后，甲方支付合同总价的35%。
P:3.4 甲方付款以财政资金到位为前提，乙方不得因此主张违约责任，但甲方应及时申请拨付。
H:第四条 交付与验收
P:4.1 初验：定制功能全部上线，数据迁移完成，迁移记录逐条比对无差错，接口联调通过。
P:4.2 终验：平台连续稳定运行六十日，其间未发生一级故障；在二百个并发用户下，审批页面平均响应时间不超过3秒；宗海图校核结果经甲方抽样复核一致；第三方网络安全测评及商用密码应用安全性评估通过。
P:4.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面验收报告。平台上线、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第五条 质量保证与维护
P:4.4 乙方应在终验前提交验收方案，列明测试用例、测试数据和通过标准，经甲方确认后执行；测试所发现的缺陷应全部修复并经甲方复测确认。
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:5.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过软件许可费的9.5%（即不超过107,920元/年），该费用标准在质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三日经甲方同意。
P:6.2 一级故障（平台整体不可用或审批业务中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次工作日内解决。
P:6.3 响应或恢复超时的，每超时一小时扣减维护保证金1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发的程序、接口、报表及其源代码和技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再许可。乙方应在终验时交付完整源代码。
H:第八条 数据安全
P:8.1 平台中的用海申请材料、宗海图、界址坐标、审批记录等全部数据属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存或用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及等级保护要求，通过甲方堡垒机进行运维操作，未经甲方书面批准不得将数据带离甲方机房。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失，由乙方全额赔偿。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、海域管理信息及未公开的审批信息负有保密义务，不得向任何第三方披露。保密义务在合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:10.3 乙方提供的软件侵犯第三方知识产权的，由乙方负责处理并承担全部责任。
H:第十一条 项目人员与培训
P:11.1 乙方应指派具备海域管理信息化项目经验的项目经理一名，项目实施期间常驻甲方现场；未经甲方同意不得更换项目经理及核心开发人员。
P:11.2 乙方应对甲方业务人员及系统管理员分别开展操作培训和运维培训，累计不少于六个培训日，并提供用户手册、管理员手册、接口说明书及数据字典。
P:11.3 乙方人员进入甲方办公场所应遵守甲方的安全管理制度，因乙方人员过错造成的损失由乙方承担。
H:第十二条 不可抗力
P:11.4 平台部署于甲方政务云环境，乙方应配合政务云运营单位完成资源申请、安全加固和上线备案，相关云资源费用不在本合同价款之内。
P:12.1 因台风、风暴潮等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明。双方可根据不可抗力的影响延长履行期限或部分免除责任。
H:第十三条 廉洁条款
P:13.1 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。乙方违反本条的，甲方有权解除合同，并将有关情况报告财政部门及纪检监察机关。
H:第十四条 分包
P:14.1 乙方不得将本项目转包，亦不得分包。
H:第十五条 合同解除
P:15.1 一方严重违约，经另一方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交青岛仲裁委员会仲裁。
H:第十七条 其他
P:17.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力，但不得违背招标文件的实质性内容。
P:17.2 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:签订日期：2026年3月____日
"""

H680Z02 = """T:缫丝织造生产线控制系统改造及维保合同
P:合同编号：SC-JS-2026-042
P:甲方：某丝绸有限公司
P:乙方：某工业自动化工程有限公司
P:甲方为提升缫丝车间和织造车间的自动化水平，委托乙方对现有自动缫丝机组和剑杆织机进行控制系统改造，并提供质保期满后的维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 缫丝车间：24组自动缫丝机加装PLC控制柜，新增纤度在线检测仪，实现断头自动报警、纤度超限自动调整及单组产量统计。
P:1.2 织造车间：96台剑杆织机加装数据采集终端，采集转速、停台原因、经纬断头次数和效率数据。
P:1.3 车间网络及软件：建设工业交换机光纤环网，部署车间生产监控软件及服务器，在中控室显示缫丝、织造全流程实时数据，并与甲方现有ERP系统对接。
P:1.4 改造须分批停机实施，每批停机不超过三日，具体排期由甲方生产部确认，乙方不得影响未改造机台的正常生产。
H:第二条 合同价款
P:2.1 合同总价为人民币1,745,000元（含税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|缫丝机PLC控制柜|24套|18,500|444,000
TB:2|纤度在线检测仪|48台|6,200|297,600
TB:3|织机数据采集终端|96台|2,350|225,600
TB:4|工业交换机及光纤环网|1套|186,400|186,400
TB:5|车间生产监控软件许可|1套|268,000|268,000
TB:6|服务器及存储|1套|143,400|143,400
TB:|设备及软件小计|||1,565,000
TB:7|安装调试及停机改造|1项|162,000|162,000
TB:8|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||1,745,000
P:2.2 上述价格包含设备运输、保险、安装材料、调试及税费，乙方不得另行收取费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的35%；到货签收和安装完成不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
H:第四条 交付与验收
P:4.1 乙方应在合同签订后九十日内完成全部改造并提交验收申请。
P:4.2 验收标准：所有改造机台连续试运行二十日，其间控制系统无停机故障；纤度检测值与实验室抽检值的偏差不超过技术协议规定的范围；织机停台原因识别准确；中控室数据刷新时间不超过5秒；ERP接口产量数据核对一致。
P:4.3 甲方应在收到验收申请后七个工作日内组织验收，验收合格后签署验收报告。设备投入生产使用不视为验收合格。
H:第五条 质保与维保
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，设备因质量问题损坏的，乙方免费维修或更换；软件缺陷由乙方免费修复。
P:5.2 质保期满后，乙方提供维保服务，年度维保费为设备及软件小计的6.5%，即每年101,725元，该价格在质保期满后三年内固定不变。维保服务每年签订一次，不自动续期。
P:5.3 乙方应保证质保期满后至少五年内能够提供PLC、检测仪等主要部件的备件。
H:第六条 服务水平
P:6.1 故障分级及响应时限如下：
TB:故障等级|情形|响应时间|到场时间|修复时间
TB:一级|整条生产线停机或中控系统瘫痪|1小时|3小时|8小时
TB:二级|单台机组控制失效或数据中断|2小时|次日|24小时
TB:三级|报表、显示等一般问题|8小时|按约定|3个工作日
P:6.2 乙方响应、到场或修复超时的，一级故障每超时一小时向甲方支付500元，二级故障每超时一小时支付200元，甲方可从应付款项或维保费中直接扣除。
P:6.3 乙方每季度对改造设备进行一次预防性巡检，并向甲方提交巡检报告。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、组态工程文件、ERP接口程序及其源代码的知识产权归甲方所有，甲方有权修改和交由第三方使用。
P:7.2 监控软件标准产品的知识产权归原权利人，乙方保证甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 生产数据、工艺参数和产量数据均属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方书面批准，通过甲方指定的VPN和工业防火墙进行，并保留操作日志。发生数据泄露或系统被入侵的，乙方应在2小时内报告并采取处置措施，由此造成的损失由乙方承担。
H:第九条 保密
P:9.1 乙方对甲方的缫丝工艺、织造参数、产品配方和客户信息负有保密义务，未经甲方书面同意不得向第三方披露。保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 因乙方改造施工导致甲方停产损失的，乙方应赔偿甲方的直接损失。
H:第十一条 分包
P:11.1 乙方可将电缆敷设、桥架安装等辅助施工分包给具有相应资质的单位，但应提前五个工作日书面告知甲方。乙方对分包单位的工作质量和安全负责。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交湖州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 技术协议、设备清单为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z03 = """连锁汗蒸门店预约及会员管理SaaS服务合同

合同编号：HZ-SAAS-2026-0311
甲方：某养生汗蒸连锁管理有限公司
乙方：某云科技有限公司

甲方在全市经营35家汗蒸门店，现向乙方订购门店预约及会员管理SaaS服务并委托乙方完成上线实施。双方经友好协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供以下SaaS服务：
1. 门店预约：小程序及电话预约、汗蒸房与理疗床位排班、技师排班、到店签到；
2. 会员管理：会员储值、次卡、积分、等级及营销券管理；
3. 收银对账：门店收银、聚合支付对账、总部日报及月报；
4. 总部管理端：跨店会员通用、门店经营分析、权限管理。
（二）乙方负责一次性实施服务：35家门店的开通配置、原会员系统数据迁移、小程序页面定制、与甲方财务系统的接口开发，以及店长和收银员培训。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（二）服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%。

三、合同价款
（一）门店订阅费：35家 × 5,760元/店/服务年度 = 201,600元/服务年度；
（二）总部管理端订阅费：36,000元/服务年度；
（三）两个服务年度订阅费合计475,200元；
（四）一次性实施费：86,400元；
（五）合同总价：人民币561,600元（含税）。
短信、支付通道手续费由第三方按实际发生额另行收取，不在合同总价内。

四、付款方式
（一）订阅费按季度支付，甲方于每季度首月十日前支付当季订阅费59,400元。
（二）实施费在全部门店上线验收合格后十五个工作日内一次性支付。
（三）本合同不设预付款。乙方收款前应开具增值税专用发票。

五、上线验收
（一）乙方应在合同签订后六十日内完成35家门店上线。
（二）验收标准：
1. 全部门店预约、收银、会员功能可正常使用，连续运行十日无一级故障；
2. 原系统会员、储值余额、次卡余次逐条迁移，经甲方抽查核对无差异；
3. 小程序预约页面按甲方确认的设计稿实现，下单至确认不超过3秒；
4. 财务系统接口日结数据与门店收银数据一致。
（三）甲方应在收到验收申请后五个工作日内完成验收并出具书面意见。门店开始营业使用不视为验收合格。

六、服务水平
（一）乙方承诺平台月度可用率不低于99.5%，计划维护应安排在每日凌晨二时至五时并提前通知。
（二）一级故障（全部或多家门店无法预约或收银）乙方应在30分钟内响应、2小时内恢复；二级故障（单店或单一功能异常）1小时内响应、当日恢复。
（三）月度可用率未达承诺的，每低于0.1个百分点，乙方按当月订阅费的5%给予服务费抵扣，单月抵扣不超过当月订阅费的一半；一级故障恢复超时的，每超时一小时抵扣1,000元。

七、数据归属与数据安全
（一）甲方的会员资料、消费记录、储值数据等业务数据归甲方所有。
（二）甲方同意乙方在对上述数据进行脱敏和汇总处理后，用于行业经营分析报告、产品优化和算法改进，该使用权在合同终止后继续有效。
（三）乙方应按照网络安全等级保护三级要求保护平台，数据加密存储于境内机房，按最小权限原则管理运维账号并保留访问日志。发生数据泄露等安全事件的，乙方应在12小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除平台中的甲方数据并出具删除证明。

八、保密
双方对在合作中知悉的对方商业秘密、会员信息和经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内继续有效。

九、知识产权
平台本身的知识产权归乙方所有。乙方为甲方定制的小程序页面、财务系统接口程序及相关文档，其知识产权归甲方所有，甲方可自行修改或委托第三方维护。

十、违约责任
（一）乙方未按期完成门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方对本合同项下的累计赔偿责任以合同总价的200%为限，但因数据泄露、故意或重大过失造成的损失不受此限。
（三）甲方逾期支付订阅费超过三十日的，乙方可书面催告后暂停服务。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十二、合同解除
乙方严重违约或连续两个月可用率未达承诺，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已收取但未履行期间的订阅费。

十三、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十四、其他
本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：　　　　　　　　　　日期：
"""

Z04 = """蚕情监测系统运维服务合同

合同编号：CSTG-YW-2026-05
甲方：某县蚕桑技术推广站
乙方：某农业物联网科技有限公司

为保障全县蚕情监测系统稳定运行，甲方委托乙方提供蚕情监测系统运维服务。依据《中华人民共和国民法典》等法律法规，经双方协商一致，订立本合同。

第一条 运维对象
（一）蚕情监测平台：部署于甲方机房的平台软件、数据库、GIS一张图及移动端应用。
（二）前端设备：分布在全县12个乡镇的62个监测点，包括蚕室温湿度传感器、桑园气象站、桑园虫情测报灯、病害图像采集设备及配套的太阳能供电和4G传输单元。
（三）数据服务：养蚕农户蚕期登记数据、蚕茧产量及价格数据的整理与报表。

第二条 服务期限
服务期自2026年4月1日起至2027年3月31日止。服务期满后，甲方按政府采购程序另行确定运维单位，本合同不自动续期。

第三条 服务内容
（一）平台运维：系统日常巡检、数据库备份、操作系统及中间件补丁更新、账号权限维护。
（二）设备维护：每季度对全部监测点现场巡检一次，春蚕、秋蚕饲养期间每月加巡一次；清洁传感器和摄像头，校准温湿度传感器，更换损坏部件。
（三）备品备件：运维期内传感器、供电模块、传输模块等备件由乙方包干提供，人为损坏和自然灾害损坏除外。
（四）数据整理：每个蚕期结束后二十日内提交蚕情分析报告，每季度提交运维报告。
（五）技术支持：工作日提供电话和远程支持，乙方接到故障报修后应及时安排人员处理，尽快恢复系统和设备运行。

第四条 服务费用
（一）服务费总额为人民币232,000元（含税），其中平台运维费86,000元，前端设备维护费89,900元（62个监测点 × 1,450元），备品备件包干费34,600元，数据整理及报告费21,500元。
（二）服务费按季度支付，每季度服务经甲方考核合格后十五个工作日内支付当季服务费58,000元。
（三）乙方收款前应开具合法有效的发票。

第五条 考核与验收
（一）甲方每季度依据巡检记录、故障工单和运维报告对乙方进行考核。
（二）年度验收标准：四次季度巡检及饲养期加巡均已完成并经各乡镇蚕桑站签认；服务期内的故障工单已全部闭环；蚕期分析报告和季度运维报告均已按时提交并经甲方审核通过；平台数据备份可成功恢复。
（三）甲方应在服务期满后十个工作日内组织年度验收并出具验收意见。

第六条 人员要求
乙方应指定一名项目负责人和不少于两名现场运维人员，运维人员应熟悉农业物联网设备，进入农户蚕室作业时应遵守消毒防疫要求，不得影响正常饲养。

第七条 数据安全
（一）监测数据、农户登记数据和图像资料归甲方所有，乙方仅可为履行运维服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应使用甲方分配的专用账号进行运维，严格按最小权限操作，禁止将数据库导出至甲方机房以外。
（三）发生数据泄露、丢失或篡改的，乙方应在24小时内报告甲方并配合处置；因乙方原因造成的损失由乙方承担赔偿责任。

第八条 知识产权
乙方在运维过程中为甲方形成的运维报告、分析报告、脚本及配置文档，其知识产权归甲方所有。

第九条 违约责任
（一）乙方未按期完成巡检或逾期提交报告的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
（二）乙方未按约定提供备件，导致监测点停运的，甲方可自行采购，费用从服务费中扣除。
（三）甲方逾期支付服务费的，应按逾期金额的万分之二每日支付违约金。

第十条 分包
乙方不得将本合同项下的运维服务转包或分包给第三方。

第十一条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期结算费用。

第十二条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：2026年3月____日
"""

Z05 = """# 笔尖研磨及组装追溯系统软件许可及开发合同

**（乙方标准合同文本 V4.0）**

合同编号：ZJ-RJ-2026-0088

甲方：某钢笔制造有限公司

乙方：某智造软件有限公司

鉴于甲方拟对笔尖研磨、激光点焊、抛光及整笔组装工序实施批次追溯管理，乙方同意向甲方许可其追溯平台软件并提供定制开发服务，双方订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方许可使用"精工追溯平台V3"服务器软件一套及工位终端软件60点，许可方式为永久许可，限甲方本厂区使用。

1.2 乙方为甲方定制开发：笔尖研磨机、激光点焊机及组装线的数据采集接口，笔尖批次与整笔序列号的关联追溯功能，不良品分析报表及质量看板。

1.3 乙方负责系统部署、参数配置和用户培训。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 追溯平台服务器软件许可 | 1套 | 460,000 | 460,000 |
| 2 | 工位终端软件许可 | 60点 | 6,000 | 360,000 |
| | 软件许可费小计 | | | 820,000 |
| 3 | 定制开发 | 1项 | 318,000 | 318,000 |
| 4 | 部署实施及培训 | 1项 | 64,000 | 64,000 |
| | 合同总价 | | | 1,202,000 |

合同总价为人民币1,202,000元（含税）。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即781,300元。乙方收到该款项后开始安排开发和部署。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即420,700元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停开发、部署和技术支持。

## 第四条 交付

4.1 乙方应在收到首期款后尽快完成开发和部署，具体进度以双方项目计划为准，项目计划可根据实际情况调整。

4.2 因甲方设备接口资料提供不及时、现场条件不具备或需求变更造成的延误，乙方不承担责任，交付期限相应顺延。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后使用系统的，视为对系统功能和质量无异议。

## 第六条 免费维护期与技术服务

6.1 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内，乙方通过电话和远程方式提供技术支持并修复软件缺陷。

6.2 甲方报告的一级故障（系统无法使用），乙方在工作日24小时内响应；其他故障在三个工作日内响应。

6.3 乙方将尽力排除故障，但对故障处理时间不作承诺，不承担任何扣款、赔偿或违约金。

6.4 免费维护期满后，甲方应与乙方签订年度技术服务合同，年度技术服务费为软件许可费的26%，即每年213,200元。未签订技术服务合同的，乙方不再提供任何技术支持和升级。

## 第七条 知识产权

7.1 追溯平台软件的知识产权归乙方所有。

7.2 乙方为本项目定制开发的接口程序、追溯功能、报表、看板及其源代码、技术文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反向工程或向第三方提供。

7.3 乙方有权将本项目定制开发成果用于其他客户。

## 第八条 数据

8.1 系统中的生产数据、工艺参数、质量数据归甲方所有，乙方仅为履行本合同处理上述数据，不用于其他目的。

8.2 乙方在远程维护时应采取访问控制和日志记录措施，防止数据泄露、篡改或丢失；发生安全事件的，乙方应在24小时内通知甲方，并对因乙方原因造成的损失承担赔偿责任。

## 第九条 保密

双方对履约中获知的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后二年内有效。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方不对甲方的间接损失、利润损失、停产损失承担责任。

## 第十一条 合同解除

一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

## 第十二条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同附件为《项目计划》《软件功能清单》。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

GEN_A = [
 ("Force Majeure", "Neither party is liable for a failure or delay caused by an event beyond its reasonable control, including cyclone, earthquake, flood, epidemic, war or government action, provided that it notifies the other party promptly, uses reasonable efforts to mitigate the effect and resumes performance as soon as practicable. If such an event continues for more than sixty days, either party may end the affected work by written notice, and the Customer shall pay only for work properly performed up to that date."),
 ("Notices", "Notices under this Agreement must be in writing and delivered by hand, by courier or by email to the addresses shown in the Order or the signature block, or to any other address a party notifies. A notice sent by email is received on the next business day at the place of receipt unless the sender receives an automated message that it was not delivered."),
 ("Anti-Bribery and Compliance", "Each party shall comply with the anti-bribery, export-control and sanctions laws that apply to it. Neither party shall offer, give or accept any payment, gift or other advantage to or from the other party's personnel in connection with this Agreement. The Supplier shall keep accurate records of its charges for three years and make them available to the Customer's auditors on reasonable notice."),
 ("Insurance", "The Supplier shall maintain, with reputable insurers, professional indemnity insurance and public liability insurance at levels appropriate to the work, and shall provide certificates of insurance to the Customer on request."),
 ("Assignment", "Neither party may assign or transfer this Agreement, in whole or in part, without the prior written consent of the other party, except that either party may assign it to a successor to substantially all of its business on written notice."),
 ("Entire Agreement and Amendments", "This Agreement, together with its schedules and any document expressly incorporated in it, is the entire agreement between the parties about its subject matter and supersedes all prior proposals and discussions. Any amendment must be in writing and signed by authorised representatives of both parties. If there is a conflict, the main body prevails over the schedules unless a schedule expressly states otherwise."),
 ("Language and Counterparts", "This Agreement is made in English and may be executed in counterparts, including by electronic signature, each of which is an original. If a Chinese translation is prepared for the Customer's internal approval, the English text prevails."),
]

E01_CORE = """T:Software Licence and Services Agreement
P:Agreement No. SHS-QD-2026-07
P:This Agreement is made between Santo Harbour Systems Limited, a company incorporated in the Republic of Vanuatu with its office at Main Street, Luganville, Espiritu Santo (the "Supplier"), and Qingdao Blue Current Ocean Fishing Co., Ltd., a company incorporated in the People's Republic of China (the "Customer").
P:The Supplier owns the FleetKeeper vessel maintenance and inventory software. The Customer operates a fleet of ocean fishing vessels and wishes to license the software for its shore office and vessels, and to have the Supplier configure, integrate and roll it out. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means FleetKeeper version 6 in object code, its updates and its user documentation.
P:1.2 "Custom Deliverables" means the configuration sets, interface programs, report templates and data-migration scripts that the Supplier writes for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on one shore server and on up to 44 vessels, for the Customer's own business and that of its subsidiaries.
P:2.2 The Customer may make backup copies and move the licence to a replacement vessel or server on written notice to the Supplier, at no charge.
H:Article 3 Services
P:3.1 The Supplier shall install the Software, configure planned-maintenance schedules for each vessel class, migrate the existing spare-parts and maintenance records, build interfaces to the Customer's purchasing and finance systems, and train shore and sea staff.
P:3.2 The Supplier shall complete all services and apply for Final Acceptance within 150 days after signature, in accordance with the project plan attached as Annex 2.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,850,000, inclusive of taxes, made up as follows:
P:(a) Licence Fees: shore server licence CNY 624,000 and 44 vessel licences at CNY 15,000 each, CNY 660,000; Licence Fee subtotal CNY 1,284,000;
P:(b) implementation and configuration CNY 356,000;
P:(c) interfaces CNY 168,000;
P:(d) training CNY 42,000.
P:4.2 The Customer shall pay 20% of the Contract Price within 30 days after signature against the Supplier's invoice; 45% after installation on the shore server and on the first ten vessels, which is not acceptance; and 35% within 30 days after Final Acceptance.
P:4.3 Payments are made in CNY by bank transfer to the Supplier's account named in its invoice.
H:Article 5 Acceptance
P:5.1 Final Acceptance tests cover: every migrated maintenance record and spare-parts balance reconciled with the source data; planned-maintenance jobs generated correctly for each vessel class; offline operation on board and synchronisation with the shore server within one hour of reconnection; interfaces exchanging purchase orders and invoices without error for ten consecutive business days; and a thirty-day operating period without a Severity 1 fault.
P:5.2 The Customer shall run the tests within fifteen business days after the Supplier's notice of readiness and either issue the certificate or list the failures. The Supplier shall correct failures and the tests are repeated. Use of the Software in operation or payment of any instalment is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Custom Deliverables will conform to their documentation for 24 months after Final Acceptance, and shall correct any non-conformity free of charge during that period.
P:6.2 Severity 1 faults (the shore system or the vessel module unusable) shall be responded to within 1 hour and worked on continuously until restored; Severity 2 faults within 8 business hours.
P:6.3 If the Supplier misses a Severity 1 response or restoration target, it shall credit the Customer CNY 800 for each hour of delay, deducted from the next payment or support fee.
P:6.4 After the warranty, the Supplier shall offer annual support at 11% of the Licence Fee subtotal, being CNY 141,240 per year, which shall not be increased during the first three years after the warranty. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier.
P:7.2 The Custom Deliverables belong to the Customer on creation. The Supplier shall deliver their source code at Final Acceptance, and the Customer may use, modify and license them freely.
H:Article 8 Customer Data and Security
P:8.1 Vessel, crew, maintenance and purchasing data entered in the Software belong to the Customer. The Supplier may use them only to perform this Agreement.
P:8.2 The Supplier shall access the Customer's systems only through accounts and remote sessions approved by the Customer, keep access logs, and not copy data outside the Customer's systems. It shall report any security incident affecting Customer data within 12 hours and is liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other's confidential information secret, use it only for this Agreement and not disclose it to third parties, for five years after the Agreement ends.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to apply for Final Acceptance by the date in Article 3.2 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for breach of Articles 8 and 9, wilful misconduct, or infringement of third-party rights.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for approved subcontractors.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after notice. On termination by the Customer, the Supplier shall refund amounts paid for undelivered services.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Vanuatu. The parties submit to the exclusive jurisdiction of the Supreme Court of Vanuatu.
"""

E02_CORE = """# ReefLine Booking Cloud — Order Form and General Terms

Order No. RL-CN-2026-014

## Part A — Order Form

### A1. Parties

Provider: ReefLine Software (Fiji) Pte Limited, Nasekula Road, Savusavu, Vanua Levu, Fiji.

Customer: Guangzhou Southern Horizon International Travel Service Co., Ltd., Tianhe District, Guangzhou, People's Republic of China.

### A2. Services

Provider will provide the ReefLine Booking Cloud for outbound tour operators: inventory and allotment management for hotels, liveaboards and transfers, agent booking desk, quotation builder, supplier settlement, and an API connector package for the Customer's existing sales channels. Provider will also deliver one-time onboarding: configuration, migration of current supplier contracts and allotments, connector set-up and training.

### A3. Subscription Term

The Subscription Term is 36 months from the Go-Live Date, the date on which the Customer signs the Go-Live Acceptance Certificate. There is no automatic renewal. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Per Subscription Year (CNY) | Total for the term (CNY) |
|---|---|---|---|---|
| Agent seat subscription | 120 seats | 1,980 per seat per year | 237,600 | 712,800 |
| API connector package | 1 | 46,400 per year | 46,400 | 139,200 |
| Onboarding (one-time) | 1 | 58,000 | — | 58,000 |
| **Total Contract Value** | | | | **910,000** |

All amounts include taxes. Usage above the seat count is billed separately under A5 and is not part of the Total Contract Value.

### A5. Invoicing and Payment

Subscription fees are invoiced at the start of each Subscription Year and payable within 30 days of invoice. The onboarding fee is invoiced after the Go-Live Date and payable within 30 days. Additional seats are charged pro rata at the unit price in A4. The Customer pays nothing before the Go-Live Date.

### A6. Go-Live

Provider shall reach the Go-Live Date within 75 days of signature. Go-Live Acceptance requires that: all supplier contracts and allotments in the migration list are loaded and reconciled with the Customer's spreadsheets; the three sales-channel connectors pass 200 test bookings without error; quotations and settlement statements match the Customer's test cases; and the agent desk responds within 2 seconds for 120 concurrent users. If Provider misses the Go-Live Date for reasons within its control, it shall pay CNY 700 per day of delay until Go-Live. Use of the service in production before the certificate is signed is not acceptance.

## Part B — General Terms

### 1. Service Levels

1.1 Provider will make the service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 01:00 and 05:00 China Standard Time.

1.2 Severity 1 incidents (booking or quotation unavailable to all agents) will be responded to within 30 minutes and resolved or worked around within 3 hours. Severity 2 incidents will be responded to within 2 hours.

1.3 If availability falls below the commitment, Provider credits 5% of the monthly equivalent of the subscription fees for each started 0.1 percentage point of shortfall, up to half of that monthly amount. Each missed Severity 1 response target earns a credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the term.

### 2. Customer Data

2.1 All booking, traveller, supplier and pricing data that the Customer enters or that the service generates for the Customer ("Customer Data") belongs to the Customer. Provider processes Customer Data only to provide the service under this Agreement.

2.2 Provider hosts Customer Data in a mainland China data centre operated by its hosting partner, encrypts it in transit and at rest, applies role-based access with multi-factor authentication for its staff, and keeps access logs for one hundred and eighty days. Provider will notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate in the response and be responsible for losses caused by its failure to meet this section.

2.3 At the end of the term Provider will export all Customer Data in CSV and JSON format and then delete it, certifying deletion in writing.

### 3. Subcontractors

Provider may use subcontractors and subprocessors, including its hosting partner and its support centre, to perform the service. Provider will inform the Customer by email fourteen days before adding or replacing a subcontractor. Provider remains responsible for their performance.

### 4. Intellectual Property

The service and its software remain Provider's property. Configurations, connector mappings and report templates made specifically for the Customer during onboarding belong to the Customer, who may use, copy and modify them and have third parties do so.

### 5. Confidentiality

Each party will keep confidential all non-public information received from the other, use it only for this Agreement and protect it with at least reasonable care. This obligation lasts for five years after the term ends, and for trade secrets for as long as they remain secret.

### 6. Liability

6.1 Neither party is liable for indirect or consequential losses, lost profits or lost revenue.

6.2 Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer for the six months before the event giving rise to the claim. This limit does not apply to breach of section 2, breach of section 5 or wilful misconduct.

### 7. Termination

7.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice describing the breach.

7.2 On termination by the Customer under 7.1, Provider refunds any prepaid fees for the remaining part of the term.

### 8. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
"""

E03_CORE = """T:Supply Contract for Warehouse Climate and Fumigation Monitoring System
P:Contract No. HNCB-WMS-2026-021
P:Buyer: Hainan Golden Pod Cocoa and Coffee Processing Co., Ltd., Haikou, People's Republic of China (the "Buyer").
P:Supplier: Gazelle Sensing Limited, Kokopo, East New Britain Province, Papua New Guinea (the "Supplier").
P:The Buyer stores cocoa and coffee beans in six bonded warehouses and wishes to monitor temperature, humidity and fumigation gas in real time. The Supplier has offered sensors, gateways, gas detectors and monitoring software. The parties agree as follows.
H:1. Scope
P:1.1 The Supplier shall supply, install and commission the equipment and software in the price table below, integrate the monitoring software with the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:1.2 All equipment shall be new, of the models stated in the technical annex, and suitable for humid tropical warehouse conditions.
H:2. Price
P:2.1 The Contract Price is CNY 1,150,000, inclusive of taxes, freight, insurance and import duties, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|260|1,150|299,000
TB:2|LoRa gateway with backup power|18|9,800|176,400
TB:3|Phosphine gas detector|24|7,600|182,400
TB:4|Monitoring software, perpetual licence|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||943,800
TB:5|Installation and commissioning|1|118,600|118,600
TB:6|WMS integration|1|74,000|74,000
TB:7|Training|1|13,600|13,600
TB:|Contract Price|||1,150,000
H:3. Payment
P:3.1 10% of the Contract Price within 20 days after signature, against an advance-payment guarantee.
P:3.2 55% after delivery and installation at all six warehouses, which is not acceptance.
P:3.3 35% within 30 days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver and install all equipment within 90 days after signature.
P:4.2 For each day of delay attributable to the Supplier, it shall pay liquidated damages of 0.08% of the Contract Price, up to 8% of the Contract Price. Payment of damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 Final Acceptance requires: every sensor reporting to the software with calibration certificates; temperature readings within 0.3 °C and humidity within 2 percentage points of a reference instrument at ten sample points; phosphine alarms tested at the alarm concentrations in the technical annex; WMS integration showing readings against each storage lot; and a 21-day trial run without a Severity 1 fault.
P:5.2 The Buyer shall issue the Final Acceptance Certificate or a list of defects within ten business days after the trial run. Installation, use or payment is not acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the equipment and software for 36 months after Final Acceptance and shall repair or replace defective items free of charge, including parts, labour and shipping.
P:6.2 After the warranty, the Supplier shall provide annual support at 7.5% of the Hardware and Licence Subtotal, being CNY 70,785 per year, fixed for two years. Support is ordered by separate purchase order each year and does not renew automatically.
P:6.3 Fault response times are set out below:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Gas alarms or a whole warehouse not reporting|2 hours|24 hours
TB:Severity 2|Individual sensors or gateways failing|8 hours|3 days
TB:Severity 3|Reports and display issues|2 business days|next release
P:6.4 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 600.
H:7. Intellectual Property
P:7.1 The monitoring software remains the property of the Supplier or its licensors and is licensed to the Buyer perpetually.
P:7.2 The WMS interface, dashboards and configuration made for the Buyer, with their source code, belong to the Buyer, who may modify and license them freely.
H:8. Data Security
P:8.1 All readings, alarms and warehouse data belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The software shall be installed on the Buyer's own servers. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN and is logged. The Supplier shall report any security incident within 12 hours and is liable for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other's non-public information, including the Buyer's warehouse layouts, stock levels and customer information, for five years after the Contract ends.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any work without the Buyer's prior written consent.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Haikou Arbitration Commission.
"""

E04_CORE = """# Managed Services Agreement — Plant Network and Service Desk

Agreement No. LMS-GX-2026-03

This Agreement is made between **Labasa Managed Technology Services Limited**, Nasekula Road, Labasa, Fiji ("Provider"), and **Guangxi Cane Valley Sugar Group Co., Ltd.**, Nanning, People's Republic of China ("Customer").

## 1. Services and Term

1.1 Provider shall provide the managed services described in Schedule 1 for the Customer's head office and four sugar mills: a bilingual service desk, monitoring and management of the plant and office networks, end-user device support, and monthly reporting.

1.2 The Term is 36 months from the Service Commencement Date. The Agreement ends at the end of the Term unless the parties sign a written extension. There is no automatic renewal.

## 2. Transition and Service Commencement

2.1 Provider shall complete transition within 60 days after signature, including discovery of all network devices, installation of monitoring agents, knowledge transfer from the current supplier, and preparation of runbooks.

2.2 The Service Commencement Date is the date on which the Customer signs the transition acceptance certificate. The criteria are: all devices in the asset list visible in monitoring; alert routing tested for each mill; runbooks for the top 20 incident types approved by the Customer; and a ten-day shadow period in which Provider handles tickets without missing a Priority 1 target.

2.3 If Provider fails to reach Service Commencement within the period in 2.1 for reasons within its control, it shall pay CNY 1,200 for each day of delay.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The monthly service charge is invoiced monthly in arrears. The transition fee is invoiced after the Service Commencement Date.

3.2 The Customer shall pay correct invoices within 30 days of receipt. No advance payment is due.

## 4. Service Levels

4.1 Provider shall meet the service levels in Schedule 2.

4.2 Service credits under Schedule 2 are deducted from the next monthly invoice. Credits are a price adjustment and do not limit the Customer's other rights.

## 5. Customer Data

All data that Provider receives or can access in performing the services, including network configurations, user details and production data, remains the property of the Customer. Provider shall use it only to provide the services.

## 6. Confidentiality

6.1 Each party shall keep confidential all non-public information of the other party, use it only for this Agreement and disclose it only to its staff who need to know it and are bound by similar duties.

6.2 These obligations survive for five years after the Agreement ends.

## 7. Intellectual Property

Runbooks, scripts, network diagrams and reports prepared by Provider for the Customer belong to the Customer, which may use and modify them and hand them to any future supplier. Provider's own tools remain its property.

## 8. Liability

8.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 3.

8.2 The limit does not apply to wilful misconduct, fraud or personal injury.

## 9. Subcontracting

Provider shall not subcontract any part of the services without the Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 10. Duration and Termination

10.1 This Agreement may not be terminated before the end of the Term except by written agreement of both parties.

10.2 If Provider fails to perform, the Customer's remedies are the service credits under Schedule 2, the delay payment under 2.3 and damages for its proven losses, and Provider shall prepare and carry out a remediation plan within 15 business days.

10.3 On expiry, Provider shall provide up to 45 days of exit assistance at the rates in Schedule 3.

## 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanning Arbitration Commission for arbitration.
"""

E04_SCHED = """
## Schedule 1 — Service Description

| Service | Coverage | Hours |
|---|---|---|
| Service desk | Head office and four mills, Mandarin and English | 24 x 7 during the crushing season, business hours otherwise |
| Network monitoring and management | Routers, switches, firewalls and wireless controllers | 24 x 7 |
| End-user device support | About 650 desktops and laptops | Business hours, on-site at mills weekly |
| Reporting | Monthly service report and quarterly review | Monthly |

## Schedule 2 — Service Levels and Credits

| Priority | Example | Response | Resolution | Credit per missed target (CNY) |
|---|---|---|---|---|
| Priority 1 | Mill production network down | 30 minutes | 6 hours | 2,000 |
| Priority 2 | One mill office network down | 1 hour | 12 hours | 800 |
| Priority 3 | Single user or device problem | 8 business hours | 3 business days | 100 |

Monthly credits are capped at 20% of the monthly service charge.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 46,500 per month x 36 months | 1,674,000 |
| Transition fee | One-time, after Service Commencement | 72,000 |
| **Total Contract Value** | | **1,746,000** |
| Exit assistance | Per engineer day | 3,200 |
"""

E05_CORE = """HIGHLANDS COFFEE ORIGIN DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. HCD-KM-2026-11

PARTIES

1.1 Highlands Commodity Data Limited, Okuk Highway, Mount Hagen, Western Highlands Province, Papua New Guinea ("Provider").

1.2 Yunnan Mountain Bean Coffee Trading Co., Ltd., Kunming, Yunnan Province, People's Republic of China ("Customer").

1.3 Provider collects and publishes crop, harvest-progress, quality-grading and farm-gate price data for Pacific and South-East Asian coffee origins. Customer buys green coffee and wishes to receive the data through Provider's API for use in its sourcing and trading systems.

SUBSCRIPTION

2.1 Provider grants Customer, for two Subscription Years, a non-exclusive, non-transferable right to access the Origin Data API and the monthly origin reports, and to use the data within Customer's group for its internal business, including in reports shown to its own customers in summary form.

2.2 The first Subscription Year starts on the Go-Live Date defined in clause 4.2. The second Subscription Year follows immediately. The Agreement expires at the end of the second Subscription Year. Any renewal requires a written agreement signed by both parties.

FEES AND PAYMENT

3.1 The subscription fee is CNY 318,000 per Subscription Year, CNY 636,000 for the two Subscription Years. The one-time onboarding and integration support fee is CNY 34,000. The total contract value is CNY 670,000, inclusive of taxes.

3.2 The subscription fee is invoiced quarterly at the start of each quarter of a Subscription Year, CNY 79,500 per quarter. The onboarding fee is invoiced after the Go-Live Date. Invoices are payable within 30 days. No amount is payable before the Go-Live Date.

3.3 API calls above the monthly allowance in the service description are charged at the rate card and are not part of the total contract value.

ONBOARDING AND ACCEPTANCE

4.1 Provider shall provide API credentials, a test environment, field mappings for Customer's trading system and two days of remote integration support.

4.2 The Go-Live Date is the date on which Customer confirms in writing that the acceptance tests have passed: all endpoints in the service description return data for the agreed origins; historical series for the last five harvests are complete against Provider's published catalogue; and price updates arrive within the stated latency during a ten-day test period.

4.3 Provider shall use reasonable efforts to make the API ready for testing within 30 days of signature. Provider has no other liability for delay in onboarding or in the delivery of any report.

SERVICE LEVELS

5.1 Provider shall make the production API available at least 99.95% of each calendar month, excluding announced maintenance.

5.2 Severity 1 incidents (API unavailable or returning corrupt data) shall be responded to within 8 hours; Severity 2 incidents within 2 business days.

5.3 If monthly availability falls below 5.1, Provider credits Customer 5% of the quarterly fee for each started 0.1 percentage point of shortfall, up to half of the quarterly fee, deducted from the next invoice.

CUSTOMER DATA AND SECURITY

6.1 Customer's queries, watch lists, positions and any data Customer uploads belong to Customer and may be used by Provider only to provide the service.

6.2 Provider shall protect Customer's data with encryption in transit and at rest, access control for its personnel and logging, shall notify Customer of any security incident affecting it within 24 hours, and is responsible for losses caused by its breach of this clause.

CONFIDENTIALITY

7.1 Each party shall keep the other party's non-public information confidential during the Agreement and for three years after it ends. Customer's positions and watch lists are confidential without time limit.

INTELLECTUAL PROPERTY

8.1 Provider owns the data sets and the API. Mapping files, extraction scripts and dashboards made by Provider specifically for Customer during onboarding belong to Customer, which may use, modify and license them freely.

LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for wilful misconduct and breach of clauses 6 and 7.

9.2 Neither party is liable for lost profits or indirect losses.

SUBCONTRACTING

10.1 Provider shall not subcontract the hosting or support of the service without Customer's prior written consent.

TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not cure it within 30 days after notice. On termination by Customer, Provider refunds fees paid for the period after termination.

GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission.
"""

ZH_GEN = [
 ("不可抗力", "因地震、台风、洪水、疫情等不可抗力导致合同不能履行或不能按期履行的，受影响一方应在不可抗力发生后五日内书面通知对方，并在十五日内提供有关部门出具的证明。双方根据不可抗力的影响程度协商延长履行期限或部分免除责任；不可抗力持续超过六十日的，任何一方可书面通知对方解除合同，已履行部分按实际完成量结算。"),
 ("通知与送达", "本合同项下的通知应以书面形式按合同首部载明的地址、联系人或电子邮箱送达。任何一方变更联系方式的，应在变更后三日内书面通知对方，未通知的，按原地址送达即视为已送达。以电子邮件发送的，自进入对方系统之日视为送达。"),
 ("廉洁条款", "双方应遵守国家有关廉洁从业的规定。乙方不得向甲方工作人员及其亲属提供礼金、礼品、宴请、旅游或其他任何不正当利益，不得以任何形式给予回扣。乙方违反本条的，甲方有权解除合同，并要求乙方赔偿由此造成的全部损失。"),
 ("合同变更", "合同履行过程中需求发生变化的，由提出方书面提出变更申请，列明变更内容、费用和工期影响，经双方授权代表签字确认后执行。未经书面确认的变更，双方均不受约束。"),
 ("文档交付", "乙方应向甲方交付完整的项目文档，包括但不限于需求说明书、设计说明书、安装部署手册、用户操作手册、运维手册和测试报告。文档应使用中文编写，内容应与实际交付的系统一致，并在系统变更后及时更新。"),
 ("人员管理", "乙方应配备满足项目需要的项目经理和技术人员，并向甲方提供人员名单及联系方式。乙方人员在甲方场所工作期间应遵守甲方的安全生产、消防和门禁管理制度，因乙方人员违反制度造成的事故和损失由乙方承担。"),
 ("合同附件", "本合同附件包括技术要求、报价明细、项目实施计划及双方确认的其他文件。附件是本合同不可分割的组成部分，与本合同正文具有同等法律效力；附件与正文不一致的，以正文为准。"),
 ("税费", "因履行本合同发生的税费，由双方按照国家有关法律法规的规定各自承担。乙方应按照约定开具合法有效的发票，因发票不合规导致甲方无法抵扣或入账的，甲方有权暂缓付款，且不承担逾期付款责任。"),
]

ZH_GEN += [
 ("培训", "乙方应根据甲方需要制定培训计划，对甲方管理人员、操作人员和维护人员分别进行培训，培训内容包括系统操作、日常维护、常见故障处理和安全注意事项。培训结束后乙方应组织考核，确保受训人员能够独立完成日常操作，培训资料归甲方留存使用。"),
 ("项目管理", "双方各指定一名项目联系人，负责日常沟通和协调。乙方应每周提交项目周报，说明工作进展、存在问题和下周计划；遇有重大问题的，应在发现后一个工作日内书面报告甲方。双方可根据需要召开项目协调会，会议纪要经双方确认后作为履约依据。"),
 ("安全生产", "乙方在甲方现场作业时，应遵守国家安全生产法律法规和甲方现场管理制度，为作业人员配备必要的劳动防护用品，办理动火、登高、临时用电等作业审批手续。因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担全部责任。"),
 ("权利保证", "乙方保证其提供的软件、设备和技术资料不侵犯任何第三方的专利权、著作权、商标权或其他合法权益。如第三方因此向甲方提出索赔或诉讼，乙方应负责处理并承担由此产生的全部费用和赔偿责任，甲方因此遭受的损失由乙方赔偿。"),
 ("履约检查", "甲方有权对乙方的履约情况进行检查，包括查阅工作记录、现场抽查和听取汇报。乙方应如实提供资料并积极配合，对检查中发现的问题，乙方应在甲方要求的期限内整改完毕并书面反馈整改结果。"),
 ("转让", "未经对方书面同意，任何一方不得将本合同项下的全部或部分权利义务转让给第三方。一方发生合并、分立的，由承继其权利义务的主体继续履行本合同，并应及时书面通知对方。"),
 ("合同生效与终止", "本合同自双方法定代表人或授权代表签字并加盖公章或合同专用章之日起生效，至双方义务全部履行完毕之日终止。合同终止不影响本合同中有关知识产权、违约责任和争议解决条款的效力。"),
 ("档案管理", "乙方应妥善保管项目实施过程中形成的各类记录，包括会议纪要、变更单、测试记录和签收单，并在项目结束时整理成册移交甲方。上述资料作为项目审计和后续维护的依据。"),
 ("联系人", "甲方联系人负责需求确认、进度协调和验收组织；乙方联系人负责实施组织、问题处理和文档提交。联系人变更的，应提前书面通知对方。双方通过电子邮件或即时通讯工具确认的事项，应在五个工作日内以书面形式补充确认。"),
]

GEN_A += [
 ("Personnel", "The Supplier shall assign qualified and experienced personnel, keep a named account manager for the whole term, and replace any person whom the Customer reasonably objects to on grounds of conduct or competence. Personnel working at the Customer's sites shall follow the Customer's safety, security and site rules."),
 ("Change Control", "Either party may request a change to the scope. The Supplier shall respond within ten business days with the effect on price, schedule and service levels. No change is binding until both parties sign a written change note."),
 ("Records and Reporting", "The Supplier shall keep complete records of its work, incidents and service performance, and provide a written report each month showing performance against the service levels, open issues and planned actions. The parties shall meet at least quarterly to review performance."),
 ("Invoices and Taxes", "Invoices shall state the order number, the period or milestone, the amount and the applicable tax, and be accompanied by the documents the Customer reasonably requires. The Customer may withhold the disputed part of an invoice in good faith while paying the undisputed part. Each party bears its own taxes as required by law."),
 ("Intellectual Property Indemnity", "The Supplier shall defend the Customer against any claim that the software, equipment, data or deliverables supplied under this Agreement infringe the intellectual property rights of a third party, and shall pay any damages and costs finally awarded or agreed in settlement, provided that the Customer notifies the Supplier promptly and allows it to control the defence."),
 ("Cooperation", "The Customer shall provide timely access to its premises, systems and personnel as reasonably required, and shall appoint a project contact with authority to make day-to-day decisions. The Supplier shall give notice promptly if any delay by the Customer is likely to affect the schedule."),
 ("Waiver and Severability", "A failure or delay in exercising a right is not a waiver of it. If any provision is held invalid or unenforceable, the rest of this Agreement remains in force, and the parties shall replace the invalid provision with a valid one that comes closest to its purpose."),
 ("Publicity", "Neither party shall use the other party's name, logo or trade marks in publicity, customer lists or marketing material without that party's prior written consent."),
 ("Survival", "Provisions which by their nature are intended to survive the end of this Agreement, including those on data, confidentiality, intellectual property, liability and disputes, remain in force after it ends."),
 ("Relationship of the Parties", "The parties are independent contractors. Nothing in this Agreement creates a partnership, joint venture, agency or employment relationship, and neither party may bind the other."),
]

THRESH = [  # (name, regex) — every threshold figure of policy §3, in the forms a draft could state it
 ("30%", r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之三十(?![一二三四五六七八九])|thirty\s*(?:\(30\)\s*)?per\s*cent"),
 ("99.9", r"99\.90*(?!\d)|百分之九十九点九(?![一二三四五六七八九])"),
 ("4h", r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)|(?<![十二三四五六七八九])四\s*(?:小时|个小时)|four\s*(?:\(4\)\s*)?hours?"),
 ("0.05%", r"(?<![\d.])0\.050*\s*(?:%|％|per\s*cent)|万分之五(?![十])|千分之零点五|0\.5\s*‰"),
 ("100%", r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之百|百分之一百(?![零一二三四五六七八九十])|one\s*hundred\s*per\s*cent"),
 ("12 months", r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月|月)|十二个月|twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?|(?<![第每十])一年|壹年|(?<![\w])one\s*-?\s*year|(?<![\d.])1\s*-?\s*year(?!s)"),
 ("15%", r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之十五(?![点])|fifteen\s*(?:\(15\)\s*)?per\s*cent"),
 ("40%", r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之四十(?![一二三四五六七八九点])|forty\s*(?:\(40\)\s*)?per\s*cent"),
]
MUST_HIT = ["预付30%", "30 %", "99.9%", "99.90", "within 4 hours", "4小时内响应", "四小时", "0.05%", "万分之五", "100%",
            "12 months", "12个月", "十二个月", "twelve months", "一年", "one year", "15%", "15 per cent", "40%", "百分之四十",
            "百分之三十", "百分之十五", "four hours", "1 year", "12-month"]
MUST_MISS = ["130%", "99.95%", "24 hours", "24小时", "14小时", "0.055%", "万分之五十", "1,000%", "112 months", "第一年",
             "每一年", "315%", "240%", "0.08%", "36个月", "24 months", "2 years", "99.5%", "1 hour", "350%"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, rx in THRESH:
            m = re.search(rx, form, flags=re.I)
            if m:
                hits.append((name, m.group(0)))
    return hits


def zh_len(t):
    return len(re.sub(r"\s", "", t))


def en_len(t):
    return len(t.split())


def fit_zh(core, tail, start_no, style, off=0, lo=2780, hi=2990, extra_count=lambda t: 0):
    """Adds general clauses (ZH_GEN, in order) before the signature block until the text is in range."""
    add, n, cur = [], start_no, core + tail
    for head, body in ZH_GEN[off:] + ZH_GEN[:off]:
        if zh_len(cur) + extra_count(cur) >= lo:
            break
        add.append(style(n, head, body))
        n += 1
        cur = core + "".join(add) + tail
    assert lo <= zh_len(cur) + extra_count(cur) <= hi, (zh_len(cur), start_no)
    return cur


def fit_en(core, tail, start_no, style, off=0, lo=1480, hi=1630):
    add, n, cur = [], start_no, core + tail
    for head, body in GEN_A[off:] + GEN_A[:off]:
        if en_len(cur) >= lo:
            break
        add.append(style(n, head, body))
        n += 1
        cur = core + "".join(add) + tail
    assert lo <= en_len(cur) <= hi, (en_len(cur), start_no)
    return cur


def cn(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def markup_len(src):
    return zh_len(re.sub(r"^[A-Z]+:", "", src, flags=re.M).replace("|", " "))


def split_other(text, head_re):
    m = re.search(head_re, text)
    return text[:m.start()], text[m.start():]


def build_sources():
    out = {}
    # z01 (pdf, 第X条 + 1.1)
    core, tail = split_other(H680Z01, r"H:第十七条 其他")
    n0 = 17
    def st01(n, h, b):
        return "H:第%s条 %s\nP:%d.1 %s\n" % (cn(n), h, n, b)
    def tail01(n):
        return tail.replace("第十七条", "第%s条" % cn(n)).replace("P:17.", "P:%d." % n)
    out["z01"] = fit_pdf_zh(core, tail01, n0, st01, 0)
    core, tail = split_other(H680Z02, r"H:第十四条 其他")
    def st02(n, h, b):
        return "H:第%s条 %s\nP:%d.1 %s\n" % (cn(n), h, n, b)
    def tail02(n):
        return tail.replace("第十四条", "第%s条" % cn(n)).replace("P:14.", "P:%d." % n)
    out["z02"] = fit_pdf_zh(core, tail02, 14, st02, 3)
    core, tail = split_other(Z03, r"十四、其他")
    out["z03"] = fit_plain_zh(core, lambda n: tail.replace("十四、", "%s、" % cn(n)), 14,
                              lambda n, h, b: "%s、%s\n%s\n\n" % (cn(n), h, b), 5)
    core, tail = split_other(Z04, r"第十三条 其他")
    out["z04"] = fit_plain_zh(core, lambda n: tail.replace("第十三条", "第%s条" % cn(n)), 13,
                              lambda n, h, b: "第%s条 %s\n%s\n\n" % (cn(n), h, b), 9)
    core, tail = split_other(Z05, r"## 第十三条 其他")
    out["z05"] = fit_plain_zh(core, lambda n: tail.replace("第十三条", "第%s条" % cn(n)).replace("\n13.", "\n%d." % n), 13,
                              lambda n, h, b: "## 第%s条 %s\n\n%d.1 %s\n\n" % (cn(n), h, n, b), 12)
    sig_m = "P:For the Customer: ____________________    For the Supplier: ____________________\nP:Date: ____________\n"
    out["e01"] = fit_en_m(E01_CORE, sig_m, 14, lambda n, h, b: "H:Article %d %s\nP:%d.1 %s\n" % (n, h, n, b), 0)
    out["e03"] = fit_en_m(E03_CORE, sig_m.replace("Customer", "Buyer"), 14,
                          lambda n, h, b: "H:%d. %s\nP:%d.1 %s\n" % (n, h, n, b), 6)
    sig = "\nSigned for Provider: ____________________\n\nSigned for Customer: ____________________\n"
    out["e02"] = fit_en(E02_CORE + "\n", sig, 9, lambda n, h, b: "### %d. %s\n\n%s\n\n" % (n, h, b), 3)
    out["e04"] = fit_en(E04_CORE + "\n", sig + E04_SCHED, 12, lambda n, h, b: "## %d. %s\n\n%d.1 %s\n\n" % (n, h, n, b), 9)
    out["e05"] = fit_en(E05_CORE + "\n", sig, 13, lambda n, h, b: "%s\n\n%d.1 %s\n\n" % (h.upper(), n, b), 12)
    return out


def fit_pdf_zh(core, tailf, n0, style, off, lo=2780, hi=2960):
    add, n = [], n0
    pool = ZH_GEN[off:] + ZH_GEN[:off]
    for h, b in pool:
        if markup_len(core + "".join(add) + tailf(n)) >= lo:
            break
        add.append(style(n, h, b))
        n += 1
    cur = core + "".join(add) + tailf(n)
    assert lo <= markup_len(cur) <= hi, (markup_len(cur), n0)
    return cur


def fit_plain_zh(core, tailf, n0, style, off, lo=2780, hi=2990):
    add, n = [], n0
    pool = ZH_GEN[off:] + ZH_GEN[:off]
    for h, b in pool:
        if zh_len(core + "".join(add) + tailf(n)) >= lo:
            break
        add.append(style(n, h, b))
        n += 1
    cur = core + "".join(add) + tailf(n)
    assert lo <= zh_len(cur) <= hi, (zh_len(cur), n0)
    return cur


def fit_en_m(core, tail, n0, style, off, lo=1480, hi=1630):
    L = lambda t: en_len(re.sub(r"^[A-Z]+:", "", t, flags=re.M).replace("|", " "))
    add, n = [], n0
    for h, b in GEN_A[off:] + GEN_A[:off]:
        if L(core + "".join(add) + tail) >= lo:
            break
        add.append(style(n, h, b))
        n += 1
    cur = core + "".join(add) + tail
    assert lo <= L(cur) <= hi, (L(cur), n0)
    return cur


FILES = {
    "z01": ("h680z01_sea_area_use_approval_platform", "pdf", "zh", "software"),
    "z02": ("h680z02_silk_mill_reeling_weaving_control_retrofit", "docx", "zh", "hardware"),
    "z03": ("h680z03_sauna_chain_booking_membership_saas", "txt", "zh", "cloud"),
    "z04": ("h680z04_sericulture_monitoring_system_om_service", "txt", "zh", "services"),
    "z05": ("h680z05_fountain_pen_nib_tracking_supplier_template", "md", "zh", "software"),
    "e01": ("h680e01_vessel_maintenance_licence_vanuatu_vendor", "pdf", "en", "software"),
    "e02": ("h680e02_tour_booking_saas_order_form_fiji_vendor", "md", "en", "cloud"),
    "e03": ("h680e03_warehouse_climate_sensors_png_vendor", "docx", "en", "hardware"),
    "e04": ("h680e04_sugar_group_managed_services_fiji_vendor", "md", "en", "services"),
    "e05": ("h680e05_coffee_origin_data_api_png_vendor", "txt", "en", "cloud"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
CLEAN = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
             buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
             prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
             post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
             subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

# design: (terms that differ from CLEAN, extra, TCO inputs (licence/hardware base, contract value) or None)
assert 1136000 + 742000 + 154000 + 26000 == 2058000
assert 444000 + 297600 + 225600 + 186400 + 268000 + 143400 == 1565000 and 1565000 + 162000 + 18000 == 1745000
assert 35 * 5760 == 201600 and 2 * (201600 + 36000) == 475200 and 475200 + 86400 == 561600 and (201600 + 36000) / 4 == 59400
assert 86000 + 62 * 1450 + 34600 + 21500 == 232000 and 232000 / 4 == 58000
assert 460000 + 60 * 6000 == 820000 and 820000 + 318000 + 64000 == 1202000
assert 1202000 * 65 // 100 == 781300 and 1202000 - 781300 == 420700 and 820000 * 26 // 100 == 213200
assert 624000 + 44 * 15000 == 1284000 and 1284000 + 356000 + 168000 + 42000 == 1850000 and 1284000 * 11 // 100 == 141240
assert 120 * 1980 == 237600 and 3 * (237600 + 46400) + 58000 == 910000
assert 260 * 1150 + 18 * 9800 + 24 * 7600 + 286000 == 943800 and 943800 + 118600 + 74000 + 13600 == 1150000
assert round(943800 * 0.075, 2) == 70785
assert 46500 * 36 + 72000 == 1746000
assert 2 * 318000 + 34000 == 670000 and 318000 / 4 == 79500
assert round(1565000 * 0.065, 2) == 101725 and round(1136000 * 0.095, 2) == 107920

DESIGN = {
    "z01": (dict(availability_pct=99.95, ld_rate_per_day_pct=0.08, prepayment_pct=20, warranty_months=24,
                 post_warranty_fee_pct=9.5),
            dict(capped=True, contract_value=2058000), (1136000, 2058000), []),
    "z02": (dict(p1_response_hours=1, ld_rate_per_day_pct=0.03, prepayment_pct=20, warranty_months=24,
                 post_warranty_fee_pct=6.5, subcontract_without_consent=True),
            dict(capped=True, contract_value=1745000), (1565000, 1745000), ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z03": (dict(availability_pct=99.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                 final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
            dict(contract_value=561600), None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": (dict(p1_response_hours=None, sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=0.2,
                 final_payment_on_acceptance=None, governing_law=None, contract_kind="service"),
            dict(sla_clause=False, contract_value=232000), None,
            ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "z05": (dict(p1_response_hours=24, sla_remedy=False, ip_owner="supplier", prepayment_pct=65,
                 acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                 post_warranty_fee_pct=26, subcontract_without_consent=None, governing_law=None),
            dict(capped=True, ld_stated=False, deemed=True, contract_value=1202000), (820000, 1202000),
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": (dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                 warranty_months=24, post_warranty_fee_pct=11, governing_law="Vanuatu"),
            dict(capped=True, contract_value=1850000), (1284000, 1850000), ["CR-GOVERNING-LAW"]),
    "e02": (dict(availability_pct=99.95, ld_rate_per_day_pct=700 / 910000 * 100, liability_cap_pct=6 / 36 * 100,
                 final_payment_on_acceptance=None, subcontract_without_consent=True, contract_kind="service"),
            dict(contract_value=910000), None, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": (dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
                 warranty_months=36, post_warranty_fee_pct=7.5),
            dict(capped=True, contract_value=1150000), (943800, 1150000), []),
    "e04": (dict(data_security_clause=False, ld_rate_per_day_pct=1200 / 1746000 * 100, liability_cap_pct=150,
                 final_payment_on_acceptance=None, termination_for_breach=False, contract_kind="service"),
            dict(contract_value=1746000), None, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": (dict(availability_pct=99.95, p1_response_hours=8, liability_cap_pct=150,
                 final_payment_on_acceptance=None, contract_kind="service"),
            dict(ld_stated=False, contract_value=670000), None, ["CR-LD-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(base, value, warranty_months, fee_pct):
    post_years = max(0.0, 5 - warranty_months / 12)
    fees = post_years * base * fee_pct / 100
    return fees / (value + fees) * 100


def derive(t, x, tco):
    """My reading of policy §3 and its 'Where rules apply' notes, applied to a label."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and tco_share(*tco, t["warranty_months"] or 0,
                                                                t["post_warranty_fee_pct"]) > 40:
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


def label(key):
    stem, ext, lang, cat = FILES[key]
    over, xin, tco, design = DESIGN[key]
    t = dict(CLEAN, **over)
    assert set(t) == set(KEYS)
    goods = t["contract_kind"] == "goods_or_licence"
    x = {"sla_clause": xin.get("sla_clause", True), "ld_stated": xin.get("ld_stated", True)}
    if goods:
        x["post_warranty_fee_capped"] = xin["capped"]
    else:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = xin.get("deemed", False)
    x["contract_value"] = xin["contract_value"]
    rules = derive(t, x, tco)
    assert rules == sorted(design), (key, rules, design)
    # no value on a threshold
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] != 15
    if goods and t["post_warranty_fee_pct"] is not None:
        share = tco_share(*tco, t["warranty_months"], t["post_warranty_fee_pct"])
        assert abs(share - 40) > 2, (key, share)
    return {"file": stem + "." + ext, "language": lang, "category": cat,
            "expected_terms": {k: t[k] for k in KEYS}, "expected_extra": x, "expected_rules": rules}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), s
    for s in MUST_MISS:
        assert not scan(s), (s, scan(s))
    src = build_sources()
    targets = {k: (FILES[k][0] + "." + FILES[k][1], FILES[k][1]) for k in FILES if FILES[k][1] in ("docx", "pdf")}
    write({k: src[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, (stem, ext, lang, cat) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(src[k], encoding="utf-8")
            print("wrote", stem + "." + ext)
    covered = set()
    for k, (stem, ext, lang, cat) in FILES.items():
        lab = label(k)
        covered |= set(lab["expected_rules"])
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + ext))
        n = zh_len(text) if lang == "zh" else en_len(text)
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        risk = "high" if set(lab["expected_rules"]) & HIGH else (
            "medium" if set(lab["expected_rules"]) - LOW else "low")
        print("%s %s %d %s %s" % (k, lang, n, risk, ",".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
        assert ok, (k, n)
        assert not scan(text), (k, scan(text))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in FILES if not DESIGN[k][3]) == 2
    assert 8 <= len(DESIGN["z05"][3]) <= 10
    print("all checks passed")
