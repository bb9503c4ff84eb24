"""holdout741: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江州市城市地下综合管廊运行监控平台采购合同
P:合同编号：JZGL-ZFCG-2026-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：江州市综合管廊投资运营有限公司
P:乙方（供应商）：华衡智控科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就管廊运行监控平台软件许可及定制开发事宜，按甲方合同文本订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供管廊运行监控平台软件（含环境与设备监控、安防联动、巡检管理、应急指挥模块）的永久使用许可，覆盖甲方已建成的六条干线管廊、总长约四十二公里。
P:1.2 乙方按甲方需求完成定制开发：舱室三维可视化、入廊作业审批流程、与市城管平台及消防平台的数据对接、移动巡检应用。
P:1.3 乙方负责部署实施、数据初始化及运维人员培训。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零壹万元整（¥2,010,000），为固定总价，含税。其中：平台软件许可费¥1,180,000；定制开发费¥640,000；部署实施费¥156,000；培训费¥34,000。
P:2.2 上述价款包括乙方完成本合同全部义务所需的一切费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具合法有效的增值税专用发票。
H:第四条 交付期限
P:4.1 乙方应在合同生效后九十日内完成部署并申请初步验收，在合同生效后一百五十日内申请最终验收。
P:4.2 因甲方原因造成的延误，交付期限相应顺延，乙方应及时书面提出。
H:第五条 验收
P:5.1 初步验收标准：招标文件功能清单逐项测试通过；全部监测点位（约六千八百个）数据接入率与点表一致；告警信息在五秒内推送至监控中心；三维场景加载时间不超过三秒。
P:5.2 最终验收标准：系统连续试运行六十日，期间无一级故障；对接平台数据核对无差错；第三方网络安全等级测评通过；技术文档和源代码移交完毕。
P:5.3 验收由甲方组织，双方签署验收报告。系统上线使用、甲方支付部分款项均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方按每年不超过平台软件许可费9%（即不超过¥106,200/年）的价格提供维护服务，该价格在质保期满后三年内不上调。维护合同逐年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.99%（计划内维护除外）。
P:7.2 一级故障（平台中断或监测数据全部中断）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，次日内恢复。
P:7.3 响应或恢复超时的，每超时一小时甲方扣减乙方¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000，从应付款或履约保函中扣除。
H:第八条 知识产权
P:8.1 定制开发形成的软件、接口程序、三维模型、源代码及文档的知识产权归甲方所有，甲方可自由使用、修改和许可他人使用。
P:8.2 平台软件原有知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 管廊运行数据、视频、人员信息等全部数据属于甲方，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应落实等级保护要求，远程运维须经甲方审批并通过堡垒机进行，不得复制、留存甲方数据。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额承担。
H:第十条 保密
P:10.1 乙方对履约中知悉的管廊结构、点位布设、安防配置等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本合同。确需将非主体部分分包的，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 乙方逾期超过六十日的，甲方有权解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十五条 其他
P:15.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2026年　月　日
"""

Z02 = """T:复合热封生产线控制系统改造及维保合同
P:合同编号：QCYJ-2026-GZ-08
P:甲方：瑞安市晴川雨具有限公司
P:乙方：杭州启衡自动化设备有限公司
P:甲方两条雨衣面料覆膜复合及高频热封生产线（以下简称"生产线"）控制系统老化，停机频繁。经询价比选，甲方委托乙方实施控制系统改造并提供维保服务，双方订立本合同。
H:一、改造范围
P:（一）更换两条生产线的PLC控制柜、伺服驱动及张力控制系统，实现覆膜速度与放卷张力的闭环控制。
P:（二）加装热封温控模块八套、在线视觉检测装置两套，对热封缝宽度、气泡和漏封进行实时检测并自动剔除。
P:（三）部署工艺监控软件，采集温度、压力、速度、产量和不良品数据，与甲方现有ERP对接。
P:（四）负责安装调试、新旧系统切换和操作维修人员培训。
H:二、合同价格
P:合同总价为人民币壹佰零贰万元整（¥1,020,000），含税，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC及控制柜|2套|168,000|336,000
TB:2|伺服驱动及张力控制系统|2套|94,500|189,000
TB:3|热封温控模块|8套|12,800|102,400
TB:4|在线视觉检测装置|2套|76,000|152,000
TB:5|工艺监控软件许可（永久）|1套|138,000|138,000
TB:|软硬件小计|||917,400
TB:6|安装调试及停线切换|1项|86,600|86,600
TB:7|培训|1项|16,000|16,000
TB:|合计|||1,020,000
H:三、付款
P:（一）合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:（三）最终验收合格后十个工作日内，甲方支付合同总价的45%。
H:四、工期
P:（一）乙方应在合同签订后四十五日内完成设备到货，七十五日内完成安装调试并提交验收申请。
P:（二）每条生产线停线切换时间不得超过五日，具体时间由甲方结合生产淡季安排。
H:五、验收
P:（一）验收标准：两条生产线在设计速度下连续生产七十二小时无控制系统故障；覆膜张力波动不超过设定值的±3%；热封温度控制精度±2℃；视觉检测漏检率不高于0.5%；软件采集数据与ERP核对一致；技术资料、PLC程序及备份齐全。
P:（二）验收合格后双方签署最终验收报告。设备安装完成或投入生产均不视为验收合格。验收不合格的，乙方应在十日内整改，整改后重新验收。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量原因发生的故障，乙方免费维修或更换。
P:（二）质保期内，一级故障（整条生产线停机）乙方应在1小时内响应，8小时内到场；二级故障（单工位异常）2小时内响应，次日到场。
P:（三）响应或到场超时的，每超时一小时甲方扣减乙方¥500，从维保费或质保金中扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方提供年度维保服务，年维保费为软硬件小计的7%，即¥64,218/年，该价格三年内固定不变。
P:（二）维保服务包括每季度一次巡检、备件更换优惠和远程技术支持。维保合同每年签订，不自动续期。
H:八、知识产权
P:（一）乙方为本项目编写的PLC程序、工艺配方参数、ERP接口程序及源代码归甲方所有，甲方可自由修改和使用。
P:（二）工艺监控软件的原有知识产权归乙方，甲方获得永久使用许可。
H:九、数据与安全
P:（一）生产数据、配方参数和质量记录均属甲方所有，乙方不得用于本合同以外的用途。
P:（二）乙方远程维护须经甲方同意后通过甲方指定的VPN进行，操作留存日志；不得将甲方数据拷出厂区。
P:（三）发生数据泄露、病毒感染等安全事件的，乙方应立即报告并处置，因乙方原因造成的损失由乙方承担。
H:十、保密
P:双方对履约中获悉的对方技术和经营信息负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）因乙方原因造成甲方停产的，乙方还应赔偿甲方的直接损失。
P:（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:十二、分包
P:乙方可将电气安装及线缆敷设工作交由具备资质的第三方施工，提前三个工作日书面告知甲方即可，乙方对施工质量负责。
H:十三、合同解除
P:乙方严重违约且经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交温州仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方盖章之日起生效。附件：设备技术规格书、验收测试方案。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """碧溪漂流连锁门店预订与会员管理系统
SaaS服务及实施合同

合同编号：BXPL-IT-2026-003
甲方：浙江碧溪户外运动发展有限公司（景区漂流与皮划艇连锁经营，下辖四十家门店）
乙方：云舟数智科技（杭州）有限公司

鉴于甲方需要统一四十家门店的线上预订、票务核销、会员积分和装备租赁管理，乙方同意以软件即服务（SaaS）方式提供相关系统并完成实施，双方经协商订立本合同。

一、服务内容
（一）乙方向甲方开通"漂流通"SaaS平台，包括：
1. 线上预订与分时段限流（微信小程序、抖音团购核销）；
2. 会员管理、储值卡、积分和会员等级；
3. 皮划艇、救生衣、头盔等装备租赁与归还登记；
4. 门店经营报表和总部驾驶舱。
（二）实施服务：四十家门店的基础配置、历史会员数据迁移、小程序页面定制、与甲方财务系统对接及门店人员培训。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起计算，每一服务年度为连续的三百六十五日。
（二）服务期满，如任何一方未在期满前三十日书面提出不续期，本合同自动续期一个服务年度，可连续续期。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的10%，以乙方书面通知为准。

三、费用及支付
（一）订阅费：每家门店每服务年度¥9,600，四十家门店每服务年度合计¥384,000，两个服务年度合计¥768,000。
（二）实施费：¥92,000，一次性支付。
（三）合同总价：¥860,000，含税。
（四）订阅费按季度支付，每季度结束后十五日内，甲方凭乙方发票支付当季订阅费¥96,000。
（五）实施费在上线验收合格后十个工作日内一次性支付。甲方在上线前不支付任何款项。

四、实施与验收
（一）乙方应在合同签订后六十日内完成全部门店的配置和上线。
（二）上线验收标准：
1. 四十家门店全部开通，预订、核销、租赁、会员功能按需求清单逐项测试通过；
2. 历史会员数据迁移后抽样核对，差错率为零；
3. 在五百个并发预订请求下，下单响应时间不超过两秒；
4. 与财务系统对账连续十日无差异。
（三）甲方在收到验收申请后十日内组织验收，签署验收报告。门店试用或甲方使用部分功能，不视为验收合格。
（四）上线延期的，每延期一日，乙方按合同总价的万分之八向甲方支付违约金。

五、服务水平
（一）平台月可用率不低于99.5%，计划内维护应安排在每日零时至六时并提前告知。
（二）一级故障（预订或核销功能整体不可用）乙方应在30分钟内响应、2小时内恢复；二级故障2小时内响应、当日解决。
（三）月可用率未达承诺的，按差额比例返还当月订阅费：低于承诺值但不低于99%的，返还当月订阅费的10%；低于99%的，返还25%。一级故障恢复超时的，每超时一小时另扣¥300。

六、数据
（一）甲方的游客信息、会员数据、交易记录归甲方所有。
（二）乙方可在服务期内及服务期满后，将甲方数据经脱敏、聚合处理后用于行业客流分析、产品改进及向其他客户提供的市场报告，无需另行取得甲方同意。
（三）服务终止后三十日内，乙方应将甲方数据以通用格式完整交付甲方，并删除其系统中的原始数据。

七、数据安全
（一）乙方应按网络安全等级保护第三级要求运营平台，会员个人信息加密存储，后台访问实行最小权限和操作审计。
（二）发生个人信息泄露或其他安全事件的，乙方应在2小时内通知甲方，配合甲方依法报告，并承担因乙方原因造成的全部损失。

八、保密
双方对履约中获悉的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

九、知识产权
为甲方定制的小程序页面、报表模板和财务对接程序归甲方所有，甲方可自由使用、修改。平台本身的知识产权归乙方。

十、分包
乙方不得将本合同项下服务转包或分包给第三方，经甲方书面同意的除外。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还已收取但未提供服务部分的费用。
（二）平台连续两个月可用率未达承诺的，甲方可解除合同。

十二、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

十三、其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：2026年　月　日
"""

Z04 = """省医药储备中心药品储备调拨管理系统年度运维服务合同

项目编号：YYCB-CS-2026-05（竞争性磋商）
甲方：省医药储备中心
乙方：安衡信息技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担药品储备调拨管理系统（以下简称"系统"）的年度运维服务，双方订立本合同。

第一条 服务范围
（一）系统包括储备计划、库存管理、调拨审批、应急调用、冷链监测对接和统计报表六个子系统，部署于甲方机房，涉及应用服务器十四台、数据库服务器四台。
（二）运维内容：日常巡检与监控；故障处理；数据库备份与恢复演练；操作系统和中间件补丁；用户权限维护；应急调拨演练保障；季度运行分析报告。
（三）乙方派驻两名运维工程师常驻甲方，另设远程支持团队。

第二条 服务期限
服务期自2026年7月1日起至2027年6月30日止。服务期满本合同终止，如需继续服务，甲方另行组织采购，本合同不自动续期。

第三条 服务费用
（一）合同总价为人民币肆拾陆万元整（¥460,000），含税，包括：驻场运维服务费¥312,000；远程支持与巡检费¥84,000；应急演练保障费¥26,000；安全加固服务费¥38,000。
（二）服务费按季度支付。每季度结束后，经甲方考核合格，甲方在收到发票后十五个工作日内支付当季服务费¥115,000。甲方不支付预付款。

第四条 服务启动
（一）乙方应在服务期起始日前完成人员进场、交接和运维工具部署，确保服务期第一日起正常提供服务。
（二）服务启动延迟的，每延迟一日，乙方按合同总价的千分之一向甲方支付违约金。

第五条 服务水平
（一）系统月可用率不低于99.95%。
（二）故障分级及时限：
1. 一级故障（调拨审批或应急调用功能中断）：30分钟内响应，1小时内到场，3小时内恢复；
2. 二级故障（单个子系统部分功能异常）：1小时内响应，8小时内恢复；
3. 三级故障（不影响业务的一般问题）：当日响应，三个工作日内解决。
（三）乙方每月提交服务报告，列明故障处理情况和可用率统计。
（四）未达到上述服务水平的，乙方应在五个工作日内提交书面说明和整改计划并落实整改。甲方不因此扣减服务费，乙方亦不承担赔偿或违约金。

第六条 考核与验收
（一）季度考核：甲方按照磋商文件所附考核表，对响应及时率、巡检完成率、备份成功率和报告质量进行评分，八十分以上为合格。
（二）年度验收：服务期满前十五日，乙方提交年度运维总结、巡检记录、备份恢复演练记录和运维文档；甲方核对各项记录与实际一致、全年无因乙方原因导致的数据丢失后，签署验收意见。
（三）季度考核不合格的，乙方应限期整改，整改完成前甲方可暂缓支付当季服务费。

第七条 数据安全
（一）系统中的储备品种、库存、调拨和企业信息等全部数据属于甲方，乙方仅可为履行本合同使用。
（二）乙方人员须通过甲方堡垒机实名登录，禁止使用移动存储介质，禁止将数据传出甲方网络。
（三）乙方应落实等级保护第三级的运维要求，发现安全事件立即处置并在1小时内报告甲方。因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部责任并赔偿甲方损失。

第八条 保密
乙方及其人员对履约中接触的储备规模、储备布局、调拨计划等信息负有保密义务，不得向任何第三方披露；乙方驻场人员须签署保密承诺书。保密义务不因合同终止而解除。

第九条 知识产权
乙方在运维中编写的脚本、巡检工具配置、运维手册和分析报告归甲方所有。

第十条 人员与分包
（一）驻场人员须具备相应资质，更换人员须经甲方同意。
（二）乙方不得将本合同服务转包或分包。

第十一条 合同的履行与解除
（一）本合同为年度服务合同，为保障储备调拨系统运行的连续性，合同履行期间任何一方均不得单方解除本合同。
（二）乙方违约的，应按本合同承担违约金并继续履行；甲方不得以乙方违约为由解除合同，但可在下一年度采购中对乙方予以评价。

第十二条 其他违约责任
甲方逾期付款的，按逾期金额每日万分之二支付违约金。

第十三条 法律适用与争议
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
磋商文件、响应文件和成交通知书为本合同组成部分。本合同一式四份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：2026年　月　日
"""

Z05 = """# 珠链门帘生产追溯管理软件许可及定制开发合同

（织联软件标准合同文本 V3.0）

合同编号：ZL-HT-2026-0211

甲方：义乌市珍珑门帘工艺品厂

乙方：织联软件科技（金华）有限公司

甲乙双方经友好协商，就甲方采购乙方"织联追溯"生产管理软件及定制开发事宜，订立本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供"织联追溯"生产管理软件（以下简称"软件"）的永久使用许可，包括工单管理、珠串穿线工序报工、裁切工序报工、计件工资、批次追溯和仓储模块，许可用户数一百二十个。

1.2 乙方根据甲方需求进行定制开发：穿珠机和裁切机数据采集接口、按客户订单的花型批次追溯码、外发加工户结算功能、手机报工小程序。

1.3 乙方负责软件安装、基础数据导入和操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | "织联追溯"软件许可（永久） | 960,000 |
| 2 | 定制开发 | 320,000 |
| 3 | 安装实施及培训 | 100,000 |
| | 合计 | 1,380,000 |

合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的50%，即¥690,000。乙方收到该款项后开始实施。

3.2 软件上线运行后五个工作日内，甲方支付合同总价的50%，即¥690,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之二向乙方支付违约金。

## 第四条 实施与交付

4.1 乙方计划在收到首付款后九十日内完成安装、定制开发和上线，具体进度以乙方项目计划为准。

4.2 如实施进度延后，乙方将增派人员协助处理，双方协商调整上线时间。

## 第五条 上线与验收

5.1 软件安装完成并在甲方车间上线运行后，即视为甲方验收合格。

5.2 上线后甲方提出的需求变更，乙方另行报价。

## 第六条 技术支持

6.1 软件上线后六个月为免费维护期，乙方提供远程技术支持和缺陷修复。

6.2 乙方将尽商业上合理的努力，在工作时间内处理甲方提出的问题。乙方不承诺具体的响应或解决时限。

## 第七条 维保服务

7.1 免费维护期满后，甲方应购买乙方年度维保服务，年维保费为软件许可费的25%，即¥240,000/年。

7.2 维保服务包括版本升级、远程支持和每年两次现场回访。

## 第八条 知识产权

8.1 软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的接口、追溯码规则、小程序及相关源代码的知识产权亦归乙方所有。甲方获得在本厂范围内的非独占使用权，不得修改、反编译或提供给第三方。

8.3 乙方可将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据安全与数据归属

9.1 甲方在软件中录入和产生的生产、工资、客户订单数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 软件部署于甲方服务器。乙方远程维护须经甲方授权，使用加密通道并留存操作记录；维护结束后删除临时文件，不得留存甲方数据。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应立即通知甲方、采取补救措施，并赔偿甲方因此遭受的损失。

## 第十条 保密

双方对在合作中知悉的对方商业秘密、技术资料、客户和价格信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后两年内继续有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失或停产损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，甲方已支付的软件许可费不予退还。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。

## 第十四条 争议解决

本合同适用中华人民共和国法律。双方发生争议的，应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同未尽事宜，双方另行签订补充协议。

15.2 本合同一式两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：

授权代表：　　　　　　　　授权代表：

日期：　　年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. JHS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Jijiga Horizon Software PLC, a private limited company registered in Ethiopia with its principal office in Jijiga, Somali Region, Ethiopia (the "Vendor"), and Hefei Lanjing Cold Chain Logistics Co., Ltd., a company registered in Hefei, Anhui Province, People's Republic of China (the "Customer").
P:The Customer operates a fleet of refrigerated trucks and wishes to license the Vendor's FleetCare maintenance management software and to have it implemented. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FleetCare maintenance management software, version 7, in object code, with its standard modules for work orders, preventive maintenance planning, spare parts, tyre management and reporting, and the related user documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration sets, scripts and other work product created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including vehicle records, telematics readings, driver information and maintenance history.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.4 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for its internal business purposes at its sites in the People's Republic of China, for up to 260 named users and 1,100 vehicles.
P:2.2 The Customer may make backup copies and may allow its contractors to use the Software on its behalf.
P:2.3 Title to the Software remains with the Vendor. The Customer shall not reverse engineer the Software except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's servers in Hefei, configure it for the Customer's workshops, build interfaces to the Customer's telematics platform and ERP system, migrate maintenance history from the Customer's legacy system and train the Customer's administrators and key users.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese or works with an interpreter paid by the Vendor, and shall agree a detailed project plan with the Customer within 15 days after signature.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,800,000 (one million eight hundred thousand yuan), inclusive of applicable taxes, made up of: Software licence fee CNY 1,260,000; implementation and interfaces CNY 410,000; data migration CNY 96,000; training CNY 34,000.
P:4.2 The Customer shall pay 10% of the total price within 30 days after signature of this Agreement against the Vendor's invoice.
P:4.3 The Customer shall pay 55% of the total price within 30 days after the Installation Certificate is signed. The Installation Certificate confirms that the Software is installed; it is not acceptance.
P:4.4 The Customer shall pay the remaining 35% of the total price within 30 days after Final Acceptance.
P:4.5 All payments shall be made in CNY by bank transfer to the account designated by the Vendor.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days and be ready for acceptance testing within 120 days after signature.
P:5.2 If the Vendor fails to meet either date for reasons attributable to it, it shall pay delay damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:5.3 The acceptance criteria are: all functions in the agreed specification pass the test scripts; migrated records reconcile with the legacy system by count and by sample checks of 500 records; telematics readings appear in the Software within five minutes; the ERP interface posts parts issues without error for ten consecutive working days; and the system runs for 30 days without a Severity 1 fault.
P:5.4 The Customer shall carry out the tests with the Vendor's support and issue a Final Acceptance certificate when the criteria are met. Use of the Software in production, or payment of any instalment, does not mean acceptance. If a test fails, the Vendor shall fix the defects within 15 days and the test shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and give remote support free of charge.
P:6.2 Severity 1 (the Software is unavailable or work orders cannot be created at any site): response within 1 hour, workaround within 8 hours. Severity 2 (a major function is impaired): response within 2 hours, fix within 3 working days. Severity 3: response within one working day.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit CNY 1,000 against the next amount payable, or pay that amount if none is payable.
P:6.4 After the Warranty Period the Customer may order annual support at 11% of the Software licence fee, namely CNY 138,600 per year. This fee is fixed for the first three years after the Warranty Period. Each year of support is ordered by a separate purchase order; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Custom Deliverables and all intellectual property rights in them belong to the Customer from creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
P:7.2 The Vendor keeps its rights in the Software and in its pre-existing tools, and grants the Customer the licence in Article 2.
P:7.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and shall bear the resulting costs and damages.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only remotely through the Customer's VPN with individual accounts approved by the Customer, shall not copy Customer Data outside the Customer's systems, and shall comply with the laws of the People's Republic of China on data security and personal information.
P:8.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, cooperate in remedying it, and be responsible for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to breach of Articles 8 and 9, infringement claims, wilful misconduct or personal injury.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate if the delay damages under Article 5.2 reach their maximum. On termination by the Customer, the Vendor shall refund amounts paid for services not performed.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Federal Democratic Republic of Ethiopia.
P:14.2 Any dispute arising out of this Agreement shall be settled by arbitration at the Addis Ababa Chamber of Commerce and Sectoral Associations Arbitration Institute in Addis Ababa, in English. The award is final and binding.
H:Article 15 General
P:15.1 This Agreement is written in English and Chinese; both versions have equal force. Notices shall be given in writing to the addresses above.
P:15.2 Annex 1: Functional specification. Annex 2: Project plan. Annex 3: Acceptance test scripts.
P:For the Vendor: ____________________    For the Customer: ____________________
P:Date: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS

Axum Fieldline Technologies PLC, Axum, Tigray, Ethiopia ("Provider")
Customer: Ningbo Haoyu Textile Co., Ltd., Ningbo, Zhejiang, People's Republic of China ("Customer")
Order Form No. AFT-OF-2026-031

## PART A - ORDER FORM

### A1. Service

Fieldline Inspect, the Provider's cloud quality-inspection service for textile mills: inspection checklists, defect photo capture, supplier scorecards, corrective-action tracking and dashboards, available through web browser and mobile app (the "Service"). The Service is hosted in a data centre in mainland China operated by a hosting partner named in the Provider's security documentation.

### A2. Subscription Term

24 months from the Go-Live Date (the "Subscription Term"), in two Subscription Years. The Go-Live Date is the date on which the Customer signs the Go-Live Acceptance certificate under A5. This Order Form ends at the end of the Subscription Term. Any continuation requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, named users, Subscription Year 1 | 150 users | 1,680 per user-year | 252,000 |
| Subscription, named users, Subscription Year 2 | 150 users | 1,680 per user-year | 252,000 |
| Onboarding and configuration (one-time) | 1 | 46,000 | 46,000 |
| ERP integration package (one-time) | 1 | 38,000 | 38,000 |
| Total Contract Value | | | 588,000 |

All amounts include VAT. Additional users may be added at the same unit price, pro rata for the remaining Subscription Term.

### A4. Invoicing and Payment

Subscription fees are invoiced quarterly in arrears, at CNY 63,000 per quarter, and are payable within 30 days after receipt of a valid VAT invoice. The one-time onboarding and ERP integration fees are invoiced after Go-Live Acceptance. No amount is payable before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

The Provider shall complete onboarding within 45 days after signature of this Order Form: configuration of 14 inspection checklists, import of supplier and product master data, the ERP integration for purchase orders and goods receipts, and training of 20 key users. Go-Live Acceptance criteria: all configured checklists pass the Customer's test scripts; 200 test inspections sync from the mobile app to the dashboards within one minute; the ERP integration posts goods receipts without error for five consecutive working days. The Customer signs the Go-Live Acceptance certificate when the criteria are met; use of the Service during onboarding is not acceptance. If the Provider misses the 45-day onboarding date for reasons attributable to it, it shall pay CNY 500 for each day of delay.

### A6. Customer Contacts and Order of Precedence

Customer project lead: Quality Department, Ningbo Haoyu Textile. Provider account manager: Customer Success team, Axum. This Order Form is governed by the General Terms in Part B. If they conflict, this Order Form prevails.

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 The Provider shall make the Service available to the Customer's named users during the Subscription Term in accordance with the Order Form, the documentation and these General Terms.

1.2 The Provider may update the Service from time to time, provided that updates do not materially reduce its functions.

1.3 The Customer shall keep user credentials secure and is responsible for its users' activities in the Service.

### 2. Service Levels

2.1 The Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and performed between 00:00 and 06:00 Beijing time.

2.2 Severity 1 incidents (the Service is unavailable or inspections cannot be saved): response within 30 minutes and restoration within 3 hours, 24 hours a day. Severity 2 incidents: response within 2 hours and a fix within 2 working days. Severity 3: response within one working day.

2.3 If monthly availability falls below the commitment in 2.1, the Customer receives a service credit of 5% of that month's subscription fee for each 0.1 percentage point of shortfall, up to 50% of that month's fee. For each hour by which a Severity 1 restoration time is exceeded, an additional credit of CNY 300 applies. Credits are deducted from the next invoice.

### 3. Customer Data

3.1 As between the parties, the Customer owns all data that the Customer or its users upload to or create in the Service ("Customer Data").

3.2 The Provider may collect usage data and may compile aggregated and anonymised data derived from Customer Data, including defect rates and supplier performance statistics. The Provider may use such data during and after the Subscription Term to improve its products, to train its defect-recognition models and to publish industry benchmarks to other customers, provided that the Customer is not identified by name.

3.3 Within 30 days after the end of the Subscription Term, the Provider shall return Customer Data in CSV and image formats and then delete it from the Service.

### 4. Data Security

4.1 The Provider shall protect Customer Data with technical and organisational measures that meet Level 3 of China's Multi-Level Protection Scheme, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logged access.

4.2 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take immediate steps to contain it, and shall be responsible for losses caused to the Customer by its failure to comply with this Section 4.

4.3 Customer Data is stored in mainland China and shall not be transferred outside mainland China.

### 5. Confidentiality

5.1 Each party shall keep confidential the non-public information of the other party that it receives under this Agreement, shall use it only to perform this Agreement, and shall not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations.

5.2 These obligations last for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 The Provider owns the Service, its software and documentation, and all improvements to them.

6.2 Checklists, report templates and integration mappings created by the Provider specifically for the Customer under the Order Form belong to the Customer, who may use, modify and license them freely.

### 7. Subcontracting

7.1 Apart from the hosting partner named in the Provider's security documentation at the date of the Order Form, the Provider shall not subcontract any part of the Service without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

8.2 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the 6 months immediately preceding the event giving rise to the claim.

8.3 Section 8.2 does not limit liability for death or personal injury caused by negligence, or for fraud.

### 9. Term and Termination

9.1 This Agreement runs for the Subscription Term.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.

9.3 The Customer may also terminate if monthly availability is below the commitment in Section 2.1 in any three months of a Subscription Year. On such termination the Provider shall refund any fees paid for the period after termination.

### 10. Warranties

10.1 The Provider warrants that the Service will perform materially in accordance with the documentation and that it will perform onboarding with reasonable skill and care.

10.2 The Provider warrants that the Service does not infringe third-party intellectual property rights and shall defend the Customer against any such claim.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding on both parties.

### 12. General

12.1 Notices shall be in writing and sent to the contacts in A6.

12.2 Neither party may assign this Agreement without the other party's written consent.

12.3 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

Signed for the Provider: ____________________  Date: __________

Signed for the Customer: ____________________  Date: __________
"""

E03 = """T:PURCHASE CONTRACT FOR COLD-ROOM SENSORS AND MONITORING SOFTWARE
P:Contract No. CQJS-PUR-2026-062
P:Buyer: Chongqing Jinshan Cold Storage Co., Ltd., Chongqing, People's Republic of China (the "Buyer").
P:Supplier: Lalibela Sensing Solutions PLC, Lalibela, Amhara Region, Ethiopia, acting through its project office in Chongqing (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Supplier shall supply, install and commission wireless sensors, gateways, gas detectors and a monitoring software licence for the Buyer's cold-storage warehouses, and the parties agree as follows.
H:1. Scope
P:1.1 The Supplier shall deliver the equipment and software listed in clause 2, install them in the Buyer's three warehouses in Chongqing (cold rooms, freezer rooms and loading docks), configure alarm rules, integrate the monitoring platform with the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:1.2 The monitoring platform shall be installed on the Buyer's own servers. No Buyer data shall be hosted by the Supplier.
H:2. Price
P:2.1 The Contract Price is CNY 1,016,000, inclusive of VAT, delivery, insurance and installation, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|320|1,150|368,000
TB:2|Gateway with 4G backup|24|6,400|153,600
TB:3|Ammonia leak detector|6|18,500|111,000
TB:4|Monitoring platform licence, perpetual|1|286,000|286,000
TB:|Equipment and licence subtotal|||918,600
TB:5|Installation, commissioning and WMS integration|1|84,600|84,600
TB:6|Training|1|12,800|12,800
TB:|Contract Price|||1,016,000
P:2.2 The Contract Price is fixed and covers all obligations of the Supplier under this Contract.
H:3. Payment
P:3.1 Advance payment: 20% of the Contract Price within 15 working days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 Delivery payment: 45% of the Contract Price after all items are delivered and installed and the Installation Certificate is signed. The Installation Certificate is not acceptance.
P:3.3 Final payment: 35% of the Contract Price within 15 working days after the Final Acceptance Certificate is signed.
P:3.4 Each payment is made against a valid VAT special invoice.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 40 days and complete installation and commissioning within 70 days after signature.
P:4.2 For each day of delay attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price. The Buyer may deduct them from any payment.
H:5. Acceptance
P:5.1 Acceptance criteria: every sensor reports to the platform at the configured interval; sensor readings agree with a calibrated reference thermometer within ±0.3 °C at three test points per room; ammonia detectors trigger the local siren and the platform alarm in a gas test; alarms reach the duty phone by SMS and app push within 60 seconds; the WMS receives temperature records for every pallet location; and the system runs 30 consecutive days without a Severity 1 fault.
P:5.2 The Buyer shall sign the Final Acceptance Certificate when all criteria are met. Installation, use of the system in operation or payment does not constitute acceptance. If a test fails, the Supplier shall correct the defect within 10 days and the test is repeated.
H:6. Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty equipment free of charge, including batteries that fail early, and shall provide software updates and technical support at no cost.
P:6.2 After the warranty period the Buyer may order annual support at 8% of the equipment and licence subtotal, that is CNY 73,488 per year, fixed for three years. Support is ordered year by year and does not renew automatically.
H:7. Service Levels
P:7.1 The monitoring platform shall be available at least 99.95% of each calendar month, measured by the platform's own monitoring, excluding maintenance agreed with the Buyer.
P:7.2 Severity 1 faults (loss of monitoring or alarms for a whole cold room or a gas detector): remote response within 1 hour and engineer on site within 6 hours. Severity 2 faults: response within 2 hours and on site within 2 working days.
P:7.3 For each hour by which a Severity 1 response or on-site time is exceeded, the Supplier shall pay CNY 800; for each 0.01 percentage point of availability shortfall, CNY 1,000. The Buyer may deduct these amounts from any payment.
H:8. Intellectual Property
P:8.1 Dashboards, alarm rule sets, the WMS interface and other deliverables made specifically for the Buyer, including their source code, belong to the Buyer, which may use, modify and license them freely.
P:8.2 The Supplier keeps its rights in the platform software and in sensor firmware, and grants the Buyer a perpetual licence to use them.
H:9. Data Security and Buyer Data
P:9.1 All temperature, humidity, gas and alarm data, and all Buyer business data, belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:9.2 Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's VPN and bastion host. The Supplier shall not copy Buyer data outside the Buyer's systems and shall comply with PRC laws on data security and personal information.
P:9.3 The Supplier shall report any security incident affecting Buyer data within 2 hours and is liable for the losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's warehouses, customers, goods and systems obtained under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This clause survives for five years after the Contract ends.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and is responsible for approved subcontractors as for itself.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay exceeds 60 days.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing.
H:15. General
P:15.1 Annex 1: Technical specification. Annex 2: Installation drawings. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. KMS-FS-2026-009

Between Kombolcha Digital Services PLC, Kombolcha, Amhara Region, Ethiopia, acting through its service centre in Guangzhou (the "Provider"), and Foshan Meirun Home Appliances Co., Ltd., Foshan, Guangdong, People's Republic of China (the "Customer").

The Customer wishes to outsource its IT service desk, end-user device support and on-site field support for about 1,400 employees at its head office and three plants. The Provider agrees to provide these services on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.

1.3 "Service Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data, records and information of the Customer or its employees that the Provider receives, accesses or creates in performing the Services.

1.5 "Incident" means an unplanned interruption or reduction in the quality of an IT service used by the Customer.

## 2. Services

2.1 The Provider shall provide the Services described in Schedule 1 at the service levels in Schedule 2 and for the charges in Schedule 3.

2.2 The Provider shall staff the service desk with Mandarin-speaking agents from 07:30 to 22:00 Beijing time on every day of the year, with an on-call engineer outside those hours.

2.3 The Provider shall keep an on-site engineer at each plant during production shifts and shall maintain a stock of spare laptops, desktops and printers equal to at least 3% of the installed base.

2.4 The Customer shall give the Provider's staff access to its sites, systems and tools needed for the Services, and shall provide desks, network connections and a storage room at each plant.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The Monthly Service Charge is CNY 58,000, or CNY 2,088,000 over the Service Term. The one-time Transition Charge is CNY 72,000. The Total Contract Value is CNY 2,160,000, including VAT.

3.2 The Monthly Service Charge is invoiced monthly in arrears and is payable within 30 days after receipt of a valid VAT invoice. The Transition Charge is invoiced after Transition Acceptance.

3.3 No advance payment is made. Charges are fixed for the Service Term, subject only to the volume bands in Schedule 3.

## 4. Transition and Acceptance

4.1 The Provider shall complete transition within 60 days after signature: takeover of open tickets from the current supplier, set-up of the ticketing tool, knowledge base and asset register, recruitment and training of staff, and a two-week parallel run.

4.2 Transition acceptance criteria: all open tickets are migrated and assigned; the asset register matches a physical count of at least 10% of devices at each site with no more than 1% discrepancy; the service desk answers 90% of calls within 30 seconds during the parallel run; and the escalation paths have been tested with each plant.

4.3 The Customer signs the Transition Acceptance certificate when the criteria are met. Starting the Services in the parallel run is not acceptance.

4.4 If the Provider fails to complete transition within 60 days for reasons attributable to it, it shall pay CNY 1,800 for each day of delay.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report performance monthly.

5.2 If a service level is missed in a month, the service credit in Schedule 2 applies and is deducted from the next invoice. Service credits are not the Customer's only remedy.

5.3 The Provider shall hold a monthly service review with the Customer's IT manager and a quarterly review with the Customer's management.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and for no other purpose.

6.2 At the end of the Service Term the Provider shall hand over the ticket history, knowledge base and asset register to the Customer or to a supplier named by the Customer.

## 7. Intellectual Property

7.1 Knowledge articles, runbooks, scripts, reports and the asset register created by the Provider for the Customer belong to the Customer, which may use, modify and license them freely, including for a replacement supplier.

7.2 The Provider keeps its rights in its own tools and methods that existed before this Agreement.

## 8. Personnel

8.1 The Provider shall appoint a service delivery manager based in Foshan. Key personnel may be replaced only with the Customer's approval, which shall not be unreasonably withheld.

8.2 The Provider's staff shall follow the Customer's site rules, including health and safety rules in the plants.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains fully responsible for any approved subcontractor.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. Liability for death or personal injury, fraud and wilful misconduct is not limited.

10.2 The Provider shall maintain professional liability insurance of at least CNY 5,000,000 during the Service Term.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Service Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 20 days after notice, or if the Provider misses the same service level in three consecutive months.

11.3 On expiry or termination the Provider shall cooperate in an orderly exit for up to 60 days at the rates in Schedule 3.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. General

13.1 Notices shall be in writing to the addresses above. This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

## Schedule 1 - Services

| Service | Scope | Sites |
|---|---|---|
| Service desk | Single point of contact by phone, portal and WeChat; ticket logging, first-line fixes, password resets | All |
| End-user device support | Set-up, moves and changes, repairs and replacement of laptops, desktops, printers and scanners (about 1,650 devices) | All |
| Field support | On-site engineers during production shifts; support for shop-floor terminals and label printers | Plants 1-3 |
| Asset management | Asset register, device lifecycle tracking, annual physical count | All |
| Software distribution | Packaging and deployment of approved standard software | All |
| Reporting | Monthly performance report and service review | All |

## Schedule 2 - Service Levels and Credits

| Item | Level | Service credit if missed in a month |
|---|---|---|
| P1 Incident (production line terminals or a whole site affected) response | 15 minutes | 3% of the Monthly Service Charge |
| P1 Incident resolution or workaround | 2 hours | 4% of the Monthly Service Charge |
| P2 Incident response | 1 hour | 2% of the Monthly Service Charge |
| P2 Incident resolution | 8 hours | 2% of the Monthly Service Charge |
| Calls answered within 30 seconds | 90% of calls | 2% of the Monthly Service Charge |
| First-contact resolution | 70% of tickets | 1% of the Monthly Service Charge |
| Customer satisfaction | 4.2 out of 5 | 1% of the Monthly Service Charge |

Total service credits in a month shall not exceed 20% of the Monthly Service Charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, after Transition Acceptance | 72,000 |
| Monthly Service Charge | Per month, for up to 1,800 supported devices | 58,000 |
| Monthly Service Charge over the Service Term | 36 months | 2,088,000 |
| Total Contract Value | | 2,160,000 |
| Additional devices above 1,800 | Per device per month | 28 |
| Exit assistance | Per engineer day | 1,600 |
"""

E05 = """MARKET DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. AAD-QD-2026-004

PARTIES

This Agreement is made between Asosa Agri-Data Services PLC, a company registered in Ethiopia with its office in Asosa, Benishangul-Gumuz Region, Ethiopia (the "Vendor"), and Qingdao Haiyue Grain and Oil Import Co., Ltd., a company registered in Qingdao, Shandong Province, People's Republic of China (the "Customer").

BACKGROUND

The Customer imports sesame, coffee and oilseeds from East Africa and needs daily market prices, export-permit statistics, crop-condition reports and shipping data. The Vendor compiles such data and makes it available through an application programming interface (API) and a web portal.

1. DEFINITIONS

1.1 "Data Services" means the Vendor's AgriPrice data feeds, the API, the web portal and the related documentation, as described in Schedule A.

1.2 "Subscription Year" means a period of 365 days starting on the Activation Date or on an anniversary of it.

1.3 "Activation Date" means the date on which the Customer confirms in writing that the API connection has passed the acceptance tests in clause 4.

1.4 "Customer Materials" means the Customer's query parameters, watch lists, portfolio positions and other information the Customer submits to the Data Services.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer a non-exclusive, non-transferable right to access and use the Data Services during the Subscription Term for the Customer's internal trading, purchasing and risk management, for up to 25 named users and 3 system connections.

2.2 The Customer may store data received through the API in its own systems and use it internally after the Subscription Term for historical analysis, but may not resell it.

3. TERM AND RENEWAL

3.1 The initial Subscription Term is two Subscription Years from the Activation Date.

3.2 At the end of the initial Subscription Term, and at the end of every renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 For each renewal term the Vendor may increase the Annual Subscription Fee by up to 9% above the fee for the preceding Subscription Year by giving the Customer written notice at least 75 days before the renewal date.

4. ONBOARDING AND ACCEPTANCE

4.1 Within 20 days after signature, the Vendor shall provide API credentials, support the Customer's developers in connecting the API to the Customer's procurement and risk systems, and configure the portal for the Customer's users.

4.2 Acceptance tests: the API returns the full set of data fields in Schedule A for all subscribed markets; daily prices for the previous 24 months load into the Customer's systems and reconcile with the portal; and the daily update arrives before 09:00 Beijing time on five consecutive working days.

4.3 The Customer confirms acceptance in writing when the tests are passed. Access during testing does not count as acceptance.

4.4 If the Vendor fails to achieve the Activation Date within 20 days after signature for reasons attributable to it, the Vendor shall pay CNY 400 for each day of delay.

5. FEES AND PAYMENT

5.1 The Annual Subscription Fee is CNY 276,000 per Subscription Year, or CNY 552,000 for the initial Subscription Term. The one-time onboarding fee is CNY 24,000. The total contract value for the initial Subscription Term is CNY 576,000, including VAT.

5.2 The Annual Subscription Fee is invoiced in four equal quarterly instalments of CNY 69,000, each in arrears at the end of the quarter, and is payable within 30 days after receipt of a valid VAT invoice.

5.3 The onboarding fee is invoiced after the Activation Date. No payment is due before the Activation Date.

6. SERVICE LEVELS

6.1 The Vendor shall make the API and the portal available at least 99.5% of each calendar month, excluding scheduled maintenance notified at least 48 hours in advance.

6.2 Daily price updates shall be delivered by 09:00 Beijing time on each working day.

6.3 Severity 1 (the API is unavailable or the daily update is missing): response within 1 hour and restoration within 6 hours. Severity 2 (incorrect or incomplete data for a market): response within 3 hours and correction within one working day.

6.4 If monthly availability falls below 99.5%, or the daily update is late on more than two working days in a month, the Customer receives a credit of 10% of that month's pro rata subscription fee; if availability falls below 98%, the credit is 25%. Credits are deducted from the next invoice.

7. CUSTOMER MATERIALS AND DATA SECURITY

7.1 Customer Materials belong to the Customer. The Vendor shall use Customer Materials only to provide the Data Services to the Customer and shall not use them for any other purpose, including its own trading, research or products.

7.2 The Vendor shall protect Customer Materials with encryption in transit and at rest, access controls and logging, and shall comply with the data security and personal information laws of the People's Republic of China.

7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Materials, shall take immediate steps to contain it and shall be liable for losses caused by its breach of this clause.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's watch lists and positions and the Vendor's methods, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the Agreement ends.

9. INTELLECTUAL PROPERTY

9.1 The Vendor owns the Data Services and its databases.

9.2 Custom data mappings, connectors and scripts that the Vendor writes for the Customer during onboarding belong to the Customer, which may use, modify and license them freely.

10. SUBCONTRACTING

10.1 The Vendor shall not subcontract the Data Services or onboarding without the Customer's prior written consent, except for its data-centre provider named in Schedule A.

11. LIABILITY

11.1 The Vendor's total liability under this Agreement shall not exceed 150% of the total contract value stated in clause 5.1.

11.2 The limit does not apply to breach of clauses 7 and 8, wilful misconduct or fraud.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 On termination for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

14. GENERAL

14.1 Notices shall be in writing and sent to the addresses above. This Agreement may be amended only in writing signed by both parties.

SCHEDULE A - DATA SERVICES

Markets: Ethiopia Commodity Exchange sesame and coffee grades; Sudan and South Sudan border prices; Djibouti port loadings. Data fields: daily price, volume, grade, export permits, crop-condition index, vessel schedules. Data-centre provider: the Vendor's hosting provider in Addis Ababa.

Signed for the Vendor: ____________________

Signed for the Customer: ____________________
"""

PAD = {}
PAD["Z01"] = """H:第十六条 项目管理与双方义务
P:16.1 乙方应在合同生效后七日内组建项目组，指定具有高级工程师职称的项目经理常驻江州，未经甲方同意不得更换。项目组应包括开发、测试、实施和安全人员，人员名单报甲方备案。
P:16.2 乙方每周向甲方提交项目周报，说明进度、问题和下周计划；重大问题应在发现后二十四小时内书面报告。甲方每月组织一次项目例会，乙方项目经理应当出席。
P:16.3 甲方负责提供机房环境、服务器、网络接入和必要的点表资料，协调各管线入廊单位配合数据对接，并在收到乙方书面请求后五个工作日内答复需求确认事项。
P:16.4 乙方进入管廊作业，须遵守甲方入廊作业审批、有限空间作业和动火管理规定，作业人员应佩戴气体检测仪并接受安全交底。因乙方违反安全规定造成人身伤害或设施损坏的，由乙方承担责任。
H:第十七条 文档与培训
P:17.1 乙方应交付需求规格说明书、概要设计、详细设计、数据库设计、接口说明、测试报告、用户手册、运维手册及全部源代码，文档使用中文。
P:17.2 乙方应为甲方监控中心值班人员、巡检人员和系统管理员分别组织培训，总课时不少于六十学时，并保证受训人员能够独立完成日常操作和常见故障处置。
H:第十八条 不可抗力与通知
P:18.1 因地震、洪水等不可抗力致使合同不能履行的，受影响方应在三日内通知对方，并在十五日内提供证明，双方协商延期或解除。
P:18.2 本合同项下通知以书面形式送达合同首页所列地址，拒收或地址变更未通知的，视为送达。
P:18.3 双方应遵守廉洁从业规定，乙方不得向甲方人员提供任何形式的不正当利益。
H:第十九条 合同文件的优先顺序
P:19.1 本合同文件的解释顺序为：本合同条款、中标通知书、招标文件、投标文件及其澄清。同一文件中后签署的补充协议优先于先签署的内容。
P:19.2 本合同的变更须经双方书面同意，并按政府采购有关规定办理；追加采购的金额应符合政府采购法律法规的规定。
P:19.3 本合同附件包括：技术需求书、点位清单、分项报价表、验收测试方案及项目实施计划。
P:19.4 乙方应按政府采购有关规定接受甲方及财政部门的履约监督检查。
"""
PAD["Z02"] = """H:十六、双方的其他义务
P:（一）甲方负责提供设备安装位置、动力电源、压缩空气和网络接入，在停线切换期间安排操作工和维修电工配合，并提供现有设备的电气图纸和工艺参数。
P:（二）乙方应在进场前提交施工方案和停线切换方案，经甲方生产部门确认后实施；施工期间遵守甲方厂区安全、防火和6S管理规定，每日收工清理现场。
P:（三）乙方应保证改造后生产线的覆膜速度不低于改造前水平，热封工位节拍满足甲方现有订单排产要求；因改造方案缺陷造成产能下降的，乙方应免费优化直至达到要求。
P:（四）乙方应对甲方操作工、维修电工和工艺员分别培训，内容包括设备操作、参数设置、配方管理、常见报警处理和日常保养，培训后进行考核，考核合格人数不少于二十人。
P:（五）乙方应交付电气原理图、接线图、PLC程序及注释、操作说明书、维护保养手册、备件清单和软件安装介质，资料使用中文，纸质版一式三份并附电子版。
H:十七、备品备件
P:乙方应随货提供易损件一批（加热丝、热电偶、传感器、保险等），并保证在质保期满后八年内继续供应备品备件，价格不高于同期市场价格。
H:十八、不可抗力
P:因不可抗力导致不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行。
H:十九、通知
P:双方往来通知以书面形式送达本合同所列地址或经确认的电子邮箱，变更联系方式应提前书面告知对方。
H:二十、现场管理与环保
P:（一）乙方拆除的旧控制柜、线缆和电子元件由甲方统一回收处理，乙方应分类整理并交接清单，不得擅自带离厂区。
P:（二）施工产生的废料和包装物由乙方当日清运，不得影响甲方正常生产和车间通道。
P:（三）乙方动火、登高和带电作业须事先办理甲方作业许可，并安排专人监护。
H:二十一、技术变更
P:（一）实施过程中需要变更设备型号或技术方案的，乙方应书面说明理由，经甲方同意后方可实施，变更后的性能不得低于原方案。
P:（二）变更涉及价格调整的，双方以书面补充协议确定，未经书面确认的变更费用甲方不予承担。
H:二十二、联系人
P:（一）甲方指定设备科负责人为项目联系人，负责协调停线安排、现场配合和验收组织；乙方指定项目经理常驻现场，直至最终验收完成。
P:（二）双方联系人变更的，应提前三日书面通知对方。项目经理更换须经甲方同意，新任人员的资历不得低于原人员。
P:（三）施工期间双方每周召开一次现场协调会，形成会议纪要并由双方签字确认。
"""
PAD["Z03"] = """十四、双方的其他义务
（一）甲方应指定项目负责人，协调各门店配合实施，按乙方提供的模板整理门店、线路、票种、装备和会员基础数据，并对数据的准确性负责。
（二）甲方应确保各门店具备稳定的网络和扫码设备，门店员工按培训要求操作系统。甲方对其在平台上发布的价格、活动和安全须知内容负责。
（三）乙方应为甲方配备专属客户成功经理，每月提交服务报告，内容包括可用率、故障处理、工单统计和功能更新说明；每季度与甲方召开一次服务回顾会。
（四）乙方发布新版本应提前五个工作日通知甲方，重大变更应在测试环境先行验证。旅游旺季（每年六月至九月）及法定节假日期间，乙方不得安排影响预订功能的计划内维护，并安排专人值守。
（五）乙方应协助甲方完成与景区票务、保险投保平台的对接评估；确需开发的，由双方另行书面约定范围和费用。
十五、培训
乙方应为总部管理员提供不少于三天的集中培训，为每家门店提供不少于半天的现场或线上培训，并提供操作手册和培训视频。新开门店在服务期内接入平台的，乙方免费提供培训。
十六、不可抗力
因自然灾害、汛期封河等不可抗力导致门店停业或服务中断的，受影响方应及时通知对方；门店停业期间的订阅费由双方协商减免。
十七、通知
本合同项下通知以书面形式送达双方在合同首页载明的地址或双方确认的电子邮箱，电子邮件发出即视为送达。
十八、服务变更
（一）甲方新增门店的，按每家门店每服务年度¥9,600的单价，自该门店开通之日起按日折算订阅费；关闭门店的，自下一季度起相应减少订阅费。
（二）甲方需要新增功能模块或定制开发的，乙方应提供书面方案和报价，经甲方确认后另行签订补充协议。
（三）乙方调整平台功能或界面，不得降低本合同约定的功能范围和服务水平。
十九、服务终止后的配合
（一）服务终止时，乙方应配合甲方或甲方指定的服务商完成数据迁移，提供数据字典和导出说明，配合期不少于三十日，期间不另收费。
（二）会员储值余额、未核销订单等资料应逐项核对一致，由双方签署交接确认书。
二十、合同附件
本合同附件包括：需求清单、门店清单、上线验收方案和服务水平说明，附件与本合同具有同等效力。
二十一、联系人与沟通
（一）甲方指定信息中心负责人为本合同联系人，负责需求确认、验收组织和日常沟通；乙方指定客户成功经理和实施经理各一名。
（二）双方建立服务沟通群，门店一般问题可通过服务群或客服热线提交，乙方应在工作时间内及时答复；一级、二级故障须同时通过电话通知乙方值班人员。
（三）双方联系人变更的，应提前三日书面通知对方。
（四）双方往来的需求确认、验收意见和故障处理记录，均应以书面或邮件形式留存。
"""
PAD["Z04"] = """第十五条 甲方的义务
（一）甲方应为乙方驻场人员提供办公场所、必要的办公设备和机房出入权限，指定信息科负责人作为联络人。
（二）甲方应向乙方提供系统现有的设计文档、部署架构、账号清单和上一年度运维交接资料，并对交接资料的完整性予以确认。
（三）甲方组织应急调拨演练的，应提前五个工作日通知乙方，乙方应安排人员全程保障。
第十六条 乙方的其他义务
（一）乙方应建立运维工单制度，所有故障、变更和服务请求均须登记，变更操作须事先提交方案并经甲方审批，重大变更应在业务低峰时段实施并准备回退方案。
（二）乙方每月对数据库备份进行一次恢复验证，每半年配合甲方进行一次灾备切换演练，并形成书面记录。
（三）乙方应跟踪操作系统、数据库和中间件的安全公告，评估影响后报甲方审批实施补丁更新。
（四）服务期满或合同终止时，乙方应在十个工作日内向甲方或甲方指定的新服务商完成交接，移交全部账号、文档、脚本和未结工单，并配合新服务商熟悉系统。
第十七条 不可抗力
因不可抗力不能履行的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。
第十八条 廉洁
乙方不得向甲方工作人员提供礼品、礼金或其他不正当利益，发现违反的，甲方有权在下一次采购中拒绝其参与。
第十九条 运维工具与资料
（一）乙方使用的监控、巡检和工单工具应事先报甲方备案，部署在甲方网络内的工具须通过甲方安全检测，不得设置隐藏账号或后门。
（二）乙方每季度提交运行分析报告，内容包括系统负载、容量趋势、故障统计、隐患清单和优化建议；年度总结应对下一年度运维需求提出建议。
（三）乙方应建立并持续更新系统配置台账、账号权限清单、应急预案和操作手册，服务期满时作为交接资料移交甲方。
第二十条 应急保障
（一）国家或省级药品储备应急调用期间，乙方应启动应急保障机制，安排技术骨干驻场值守，确保调拨审批和应急调用功能稳定运行。
（二）应急值守期间发生的加班等费用已包含在合同总价中，乙方不得另行收费。
第二十一条 合同附件
本合同附件包括：磋商文件服务需求、考核表、设备清单和驻场人员名单。
第二十二条 人员管理
（一）乙方驻场工程师应具有三年以上同类系统运维经验，并持有相应的技术资格证书；驻场期间遵守甲方考勤、门禁和机房管理制度。
（二）驻场人员因休假等原因临时离岗的，乙方应提前安排同等能力人员替岗，替岗人员须事先经甲方备案并签署保密承诺书。
（三）甲方认为驻场人员不能胜任的，有权要求乙方在十个工作日内更换，乙方应予配合。
（四）乙方应为驻场人员依法缴纳社会保险，因乙方人员的劳动关系产生的纠纷由乙方自行处理。
"""
PAD["Z05"] = """## 第十六条 双方的其他义务

16.1 甲方应为乙方实施人员提供必要的工作条件，指定项目联系人，按乙方要求准备工单、工序、计件单价、员工和外发加工户等基础数据，并保证数据真实准确。

16.2 甲方应提供满足乙方配置要求的服务器、网络和终端设备，车间无线网络覆盖穿珠、裁切、包装各工段。因甲方硬件或网络原因导致系统无法正常运行的，乙方不承担责任。

16.3 甲方应安排车间主管、统计员和财务人员参加培训，并按操作手册使用软件。因甲方操作不当造成的数据错误，由甲方自行负责。

16.4 乙方应按照行业通行做法进行实施，向甲方提供安装手册和操作手册电子版各一份。

## 第十七条 培训

17.1 乙方提供不超过五天的现场培训，培训对象为甲方管理员和车间统计员。超出部分按每人每天¥2,000另行计费。

17.2 乙方可提供线上培训视频，供甲方新员工学习使用。

## 第十八条 通知

18.1 双方往来通知以书面或电子邮件形式发送至本合同首页所列联系方式。一方联系方式变更的，应在三日内通知对方。

## 第十九条 其他约定

19.1 本合同的附件、补充协议与本合同具有同等法律效力。

19.2 乙方可在其官网、宣传资料和投标文件中将甲方列为客户案例。

19.3 本合同条款由乙方提供，双方已充分阅读并理解全部内容。
## 第二十条 软件升级

20.1 维保期内，乙方向甲方提供"织联追溯"标准版本的升级服务。定制开发部分因版本升级需要调整的，乙方另行报价。

20.2 甲方未购买维保服务的，乙方不再提供版本升级和远程支持，甲方需要技术服务时按乙方当时的人天单价另行付费。

## 第二十一条 授权范围

21.1 甲方超出许可用户数使用软件的，应按乙方标准价格补购用户许可。

21.2 甲方不得将软件用于甲方以外的关联企业或外发加工户；外发加工户使用手机报工小程序的，应事先告知乙方。

## 第二十二条 附件

本合同附件包括：功能清单、报价单和实施计划，以乙方提供的版本为准。
## 第二十三条 合同的生效与份数

23.1 本合同经双方法定代表人或授权代表签字并加盖公章或合同专用章后生效。

23.2 本合同的任何修改、补充须以书面形式作出，并经双方签字盖章。

23.3 甲方在本合同签订后未在约定期限内支付首付款的，乙方有权顺延实施计划，并保留解除合同的权利。

## 第二十四条 其他说明

24.1 软件中集成的第三方组件（包括数据库、报表工具和移动端框架）按其各自的许可条款使用，乙方负责向甲方提供相应的授权说明。

24.2 甲方如需将软件迁移到新的服务器，应提前通知乙方，乙方协助完成迁移，迁移服务按乙方当时的人天单价收费。

24.3 乙方发布的产品说明、官网宣传资料不构成本合同的组成部分。
24.4 本合同未约定的事项，按乙方公司的服务规范执行，乙方服务规范可在其官网查询。
"""
PAD["E01"] = """H:Article 16 Customer Responsibilities and Project Governance
P:16.1 The Customer shall provide the servers, operating system and database licences described in the Vendor's technical requirements, network access for the Vendor's team, and workshop staff for testing and training.
P:16.2 The Customer shall appoint a project manager with authority to take decisions on configuration questions and shall answer written requests from the Vendor within five working days.
P:16.3 The parties shall hold a project meeting every two weeks, in person or by video conference. The Vendor shall send minutes and an updated risk list after each meeting.
P:16.4 Any change to the scope of the services shall be agreed in a written change order signed by both parties, stating the effect on price and dates. No change order is needed for corrections of defects.
P:16.5 The Vendor shall provide at least ten days of training for administrators and key users, with training materials in Chinese, and shall record the sessions for the Customer's later use.
"""
PAD["E02"] = """### 13. Customer Responsibilities

13.1 The Customer shall provide a project lead, the master data in the Provider's templates and access to a test environment of its ERP system during onboarding.

13.2 The Customer shall ensure that its users accept the Provider's acceptable use policy and do not upload unlawful content.

13.3 The Customer may request reasonable changes to checklists and dashboards during the Subscription Term. Changes of up to five working days per Subscription Year are included in the subscription fees; larger changes require a separate written quotation.

13.4 The Provider shall give the Customer at least 30 days' notice of any planned change to the hosting location or to the hosting partner.
"""
PAD["E03"] = """H:16. Supplier's Further Obligations
P:16.1 The Supplier shall submit an installation plan, including cable routes, mounting positions, gateway locations and a work schedule, for the Buyer's approval before work starts. Work in cold rooms and freezer rooms shall be scheduled with the Buyer's warehouse manager so that goods movements are not interrupted.
P:16.2 The Supplier's staff on site shall follow the Buyer's safety rules for cold environments, forklift areas and ammonia machine rooms, wear the protective equipment required by the Buyer and attend the Buyer's safety briefing before starting work.
P:16.3 The Supplier shall provide calibration certificates for every sensor and detector, traceable to a national metrology institute, and shall recalibrate the gas detectors once a year during the warranty period free of charge.
P:16.4 The Supplier shall keep spare sensors and gateways equal to at least 2% of the installed quantity in Chongqing during the warranty period so that faulty units can be replaced on the same day.
P:16.5 The Supplier shall deliver, in Chinese and English, the user manual, administrator manual, installation drawings as built, alarm rule list, interface specification and training materials, in paper and electronic form.
H:17. Training
P:17.1 The Supplier shall train the Buyer's duty staff, warehouse supervisors and IT administrators in at least six sessions at the Buyer's sites, covering daily monitoring, alarm handling, report export, battery replacement and user administration. Each trainee shall pass a short practical test.
H:18. Buyer's Obligations
P:18.1 The Buyer shall provide access to the sites, power points, network connections and server resources needed for the work, appoint a project contact and respond to the Supplier's written questions within five working days.
H:19. Force Majeure and Notices
P:19.1 A party prevented from performing by an event beyond its reasonable control shall notify the other party promptly, with evidence, and the dates affected shall be extended by the duration of the event. Notices under this Contract shall be given in writing to the addresses stated above.
H:20. Documents forming the Contract
P:20.1 The following documents form this Contract and are read in this order: this Contract, the Buyer's request for quotation with its technical specification, and the Supplier's quotation. Amendments are valid only if made in writing and signed by both parties.
P:20.2 This Contract is made in English and Chinese, in four originals, two for each party. If the versions differ, the Chinese version prevails for the Buyer's internal approval and the English version is kept for reference.
"""
PAD["E04"] = """## 14. Continuous Improvement and Reporting

14.1 Each quarter the Provider shall propose at least two improvements that reduce ticket volumes or resolution times, such as self-service password resets, standard device images or knowledge articles for frequent problems, and shall report on the results of improvements already agreed.

14.2 The monthly performance report shall show ticket volumes by site and category, service level results, service credits, open problems, device stock and staff changes.

14.3 The Customer may audit the Provider's performance records for the Services once a year on 10 working days' notice. The Provider shall correct any errors in charges or credits found by the audit in the next invoice.

14.4 The Provider shall give the Customer at least 30 days' notice before changing the ticketing tool or the location of the service desk.
"""
PAD["E05"] = """15. DATA QUALITY AND CORRECTIONS

15.1 The Vendor shall collect data from sources described in the documentation, shall check prices against at least two sources where available, and shall mark estimated values clearly.

15.2 If the Customer reports an error in the data, the Vendor shall investigate and, where the report is correct, publish corrected data within the Severity 2 time in clause 6.3 and notify all affected users.

15.3 The Vendor shall give the Customer at least 30 days' notice before removing a market or data field listed in Schedule A, and shall offer an equivalent replacement or a pro rata reduction of the fees.

16. SUPPORT AND ACCOUNT MANAGEMENT

16.1 The Vendor shall provide support by email and telephone in English and Chinese from 08:00 to 20:00 Beijing time on working days, and through an on-call number for Severity 1 incidents at all times.

16.2 The Vendor shall appoint an account manager who meets the Customer by video conference every quarter to review data coverage, service performance and planned changes to the Data Services.

16.3 The Vendor shall give the Customer's developers access to a test API environment with sample data throughout the Subscription Term, and shall announce changes to the API at least 60 days before they take effect, keeping the previous version available during that period.

17. CUSTOMER RESPONSIBILITIES

17.1 The Customer shall keep its API credentials secure, shall ensure that only its named users access the portal, and shall inform the Vendor promptly of any suspected misuse of its credentials.

17.2 The Customer is responsible for its own trading and purchasing decisions. The Data Services are provided for information and the Vendor does not give investment advice.
18. ASSIGNMENT

18.1 Neither party may assign this Agreement or any of its rights under it without the prior written consent of the other party, except to an affiliate that takes over the relevant business.
"""

ANCHOR = {"Z01": "P:甲方（盖章）", "Z02": "P:甲方（盖章）", "Z03": "甲方（盖章）", "Z04": "甲方（盖章）", "Z05": "甲方（盖章）",
          "E01": "P:For the Vendor:", "E02": "Signed for the Provider", "E03": "P:For the Buyer:",
          "E04": "## Schedule 1", "E05": "SCHEDULE A"}
SRC = {}
for _k in ANCHOR:
    _s = globals()[_k]
    assert _s.count(ANCHOR[_k]) == 1, _k
    SRC[_k] = _s.replace(ANCHOR[_k], PAD[_k].rstrip("\n") + "\n\n" + ANCHOR[_k])

FILES = {
    "Z01": ("h741z01_utility_tunnel_monitoring_platform.pdf", "zh"),
    "Z02": ("h741z02_raincoat_laminating_line_control_retrofit.docx", "zh"),
    "Z03": ("h741z03_rafting_chain_booking_membership_saas.txt", "zh"),
    "Z04": ("h741z04_drug_reserve_allocation_system_om.txt", "zh"),
    "Z05": ("h741z05_bead_curtain_tracking_supplier_template.md", "zh"),
    "E01": ("h741e01_fleet_maintenance_licence_jijiga_vendor.pdf", "en"),
    "E02": ("h741e02_quality_inspection_saas_order_form_axum_vendor.md", "en"),
    "E03": ("h741e03_cold_room_sensors_monitoring_licence.docx", "en"),
    "E04": ("h741e04_managed_it_services_36_months.md", "en"),
    "E05": ("h741e05_agri_market_data_api_subscription.txt", "en"),
}

# ---- labels -------------------------------------------------------------------------------------------------------
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

# design: category, terms that differ from OK, extra, TCO inputs (fee base, fee pct, warranty months), forum outside, rules
D = {
 "Z01": ("software", dict(availability_pct=99.99, prepayment_pct=20, warranty_months=36, post_warranty_fee_pct=9),
         dict(contract_value=2010000, capped=True), (1180000, 9, 36), False, []),
 "Z02": ("hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.02, prepayment_pct=20, warranty_months=24,
                          post_warranty_fee_pct=7, subcontract_without_consent=True),
         dict(contract_value=1020000, capped=True), (917400, 7, 24), False, ["CR-LD-LOW", "CR-SUBCONTRACT"]),
 "Z03": ("cloud", dict(availability_pct=99.5, buyer_owns_data=False, ld_rate_per_day_pct=0.08,
                       final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
         dict(contract_value=860000), None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "Z04": ("services", dict(availability_pct=99.95, sla_remedy=False, final_payment_on_acceptance=None,
                          termination_for_breach=False, contract_kind="service"),
         dict(contract_value=460000), None, False, ["CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
 "Z05": ("software", dict(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=None,
                          prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False,
                          warranty_months=6, post_warranty_fee_pct=25, subcontract_without_consent=None),
         dict(contract_value=1380000, capped=True, sla=False, ld=False, deemed=True), (960000, 25, 6), False,
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
          "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "E01": ("software", dict(p1_response_hours=1, liability_cap_pct=150, prepayment_pct=10, warranty_months=18,
                          post_warranty_fee_pct=11, governing_law="Ethiopia"),
         dict(contract_value=1800000, capped=True), (1260000, 11, 18), True, ["CR-GOVERNING-LAW"]),
 "E02": ("cloud", dict(availability_pct=99.95, buyer_owns_data=False, ld_rate_per_day_pct=500 / 588000 * 100,
                       liability_cap_pct=6 / 24 * 100, final_payment_on_acceptance=None, contract_kind="service"),
         dict(contract_value=588000), None, False, ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
 "E03": ("hardware", dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
                          prepayment_pct=20, warranty_months=24, post_warranty_fee_pct=8),
         dict(contract_value=1016000, capped=True), (918600, 8, 24), False, []),
 "E04": ("services", dict(p1_response_hours=0.25, data_security_clause=False, confidentiality=False,
                          ld_rate_per_day_pct=1800 / 2160000 * 100, liability_cap_pct=150,
                          final_payment_on_acceptance=None, contract_kind="service"),
         dict(contract_value=2160000), None, False, ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"]),
 "E05": ("services", dict(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=400 / 576000 * 100,
                          liability_cap_pct=150, final_payment_on_acceptance=None, auto_renewal_price_increase=True,
                          contract_kind="service"),
         dict(contract_value=576000), None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
}
RISK = {"Z01": "low", "Z02": "medium", "Z03": "medium", "Z04": "medium", "Z05": "high",
        "E01": "low", "E02": "medium", "E03": "low", "E04": "high", "E05": "medium"}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(k):
    base, pct, wm = D[k][3]
    years = max(0.0, 5 - wm / 12)
    fees = base * pct / 100 * years
    return fees / (D[k][2]["contract_value"] + fees) * 100


def label(k):
    cat, diff, ex, _, _, rules = D[k]
    t = dict(OK)
    t.update(diff)
    goods = t["contract_kind"] == "goods_or_licence"
    x = {"sla_clause": ex.get("sla", True), "ld_stated": ex.get("ld", True)}
    if goods:
        x["post_warranty_fee_capped"] = ex["capped"]
    x["acceptance_deemed_on_delivery"] = ex.get("deemed", False)
    x["contract_value"] = ex["contract_value"]
    return {"file": FILES[k][0], "language": FILES[k][1], "category": cat,
            "expected_terms": {key: t[key] for key in KEYS}, "expected_extra": x, "expected_rules": sorted(rules)}


def derive(k, lab):
    """My reading of policy section 3, from the label alone (plus the forum flag of the design)."""
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if D[k][3] and tco_share(k) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or D[k][4]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---- threshold scan -----------------------------------------------------------------------------------------------
NB = r"(?<![\d.])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESH = re.compile("|".join([
    NB + r"99\.9(?:0*)?(?!\d)" + PCT, NB + r"0?\.050*(?!\d)" + PCT, NB + r"(?:30|40|15|100)(?:\.0+)?" + PCT,
    NB + r"4(?:\.0+)?\s*(?:小时|个小时|h(?:ours?|rs?)?\b|-hour)", r"(?<![\d十])(?:四|４)\s*(?:个)?小时",
    NB + r"12\s*(?:个月|months?|-month)", r"十二个月", r"万分之五(?!十)", r"千分之零点五",
    r"百分之(?:三十|四十|十五|百|一百)(?![点零一二三四五六七八九])",
    r"\b(?:thirty|forty|fifteen|one\s+hundred|hundred)\s+(?:per\s*cent|percent)", r"\bfour\s+hours?\b",
    r"\btwelve\s*(?:-|\s)\s*months?\b", r"99\.9(?!\d)\s*(?:%|％)",
]), re.I)
MUST_HIT = ["30%", "付款30%", "40 %", "15 percent", "100%", "4小时", "4 hours", "四小时", "12个月", "12 months",
            "twelve months", "万分之五", "0.05%", "99.9%", "百分之三十", "fifteen per cent", "4-hour", "15％"]
MUST_MISS = ["130%", "24小时", "24 hours", "99.95%", "99.99%", "0.5%", "万分之五十", "3%", "112 months", "1.5%",
             "14 hours", "百分之三十五", "2.15%", "34%", "0.055%", "20%", "45%", "十四小时"]
for s in MUST_HIT:
    assert THRESH.search(s), s
for s in MUST_MISS:
    assert not THRESH.search(s), s

THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


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


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    markup = {k: SRC[k] for k in FILES if FILES[k][0].endswith((".docx", ".pdf"))}
    targets = {k: (FILES[k][0], FILES[k][0].rsplit(".", 1)[1]) for k in markup}
    write(markup, targets, OUT, wrap_words=True)
    for k in FILES:
        if k not in markup:
            (OUT / FILES[k][0]).write_text(SRC[k], encoding="utf-8")
            print("wrote", FILES[k][0])
    fired = set()
    bad = []
    for k in FILES:
        lab = label(k)
        stem = FILES[k][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        got = derive(k, lab)
        assert got == sorted(D[k][5]), (k, got, D[k][5])
        risk = "high" if HIGH & set(got) else ("medium" if set(got) - LOW else "low")
        assert risk == RISK[k], (k, risk)
        fired |= set(got)
        t = lab["expected_terms"]
        for key, th in THRESHOLDS.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        if D[k][3]:
            s = tco_share(k)
            assert abs(s - 40) > 2, (k, s)
        text = read_back(OUT / FILES[k][0])
        for v in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESH.search(v)
            assert not m, (k, m.group(0), v[max(0, m.start() - 30):m.end() + 30])
        if FILES[k][1] == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print(k, FILES[k][0], "length", n, "OK" if ok else "OUT OF RANGE", "rules", got, "risk", risk,
              ("tco %.2f" % tco_share(k)) if D[k][3] else "")
        if not ok:
            bad.append((k, n))
    assert not bad, bad
    assert len(fired) == 20, sorted(fired)
    print("all checks passed; rules covered:", len(fired))
