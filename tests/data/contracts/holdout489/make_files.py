"""holdout489: ten blind, ordinary draft contracts (5 zh, 5 en) with labels. Run: /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md files directly and the .docx/.pdf through ../word_pdf.py (wrap_words=True), then writes the labels,
derives the expected rules from the labels by my own reading of policy.md section 3, and checks lengths and thresholds."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H489Z01 = """T:临川市人民防空工程管理平台建设项目合同
P:合同编号：LCRF-ZC-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市人民防空办公室
P:乙方（供应商）：杭州安垣信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件（编号LCZC2025-0316）、乙方投标文件，甲乙双方就临川市人民防空工程管理平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清文件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“安垣人防工程管理平台V3.0”软件永久使用许可，并在此基础上定制开发人防工程档案管理、平战转换预案、维护巡检、手机端巡查及与市自然资源局地理信息平台的对接功能。
P:1.2 乙方负责历史工程数据迁移（约1,860处人防工程档案）、系统部署、联调及操作培训。
P:1.3 平台部署于甲方指定的市政务云，乙方应在合同签订后150日内完成初验。
H:第二条 合同价款
P:2.1 合同总价为人民币1,500,000元（大写：壹佰伍拾万元整），含税，为固定总价，包括：（1）平台软件永久许可费780,000元；（2）定制开发费562,000元；（3）数据迁移及部署实施费126,000元；（4）培训费32,000元。
P:2.2 除本合同另有约定外，甲方无须另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方提交的银行履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，计300,000元。
P:3.2 项目初验合格后15个工作日内，支付合同总价的45%，计675,000元。
P:3.3 项目终验合格后15个工作日内，支付合同总价的35%，计525,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方以财政资金支付，付款时间以国库集中支付程序为准。
H:第四条 验收
P:4.1 初验：乙方完成全部功能开发、数据迁移和部署后书面申请初验。初验标准为：（1）功能符合招标文件技术需求及双方确认的需求规格说明书；（2）迁移数据经逐条比对无差错；（3）300个并发用户下常用查询响应时间不超过3秒；（4）通过第三方安全测评，无高风险漏洞。
P:4.2 试运行：初验合格后进入为期60日的试运行，试运行期间不得发生一级故障。
P:4.3 终验：试运行结束后，甲方组织专家按上述标准进行终验，出具书面验收报告。平台上线、甲方使用或支付款项均不视为验收合格。
H:第五条 质量保证与维护
P:5.1 质保期为终验合格之日起三十六个月。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:5.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件永久许可费的8%（即不超过62,400元/服务年度），该费率在质保期满后两个服务年度内不得上调。维护服务另行签订合同，不自动续期。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:6.2 一级故障（平台整体无法访问或核心数据错误）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在3个工作日内解决。
P:6.3 乙方响应或恢复每迟延一小时，甲方可扣除2,000元；月可用率每低于约定值0.01个百分点，扣除1,000元，从履约保证金或应付款中扣减。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、源代码、接口、文档及数据库设计的知识产权归甲方所有，乙方应在终验时移交完整源代码，甲方可自行修改、使用或许可第三方使用。
H:第八条 数据安全
P:8.1 平台内全部人防工程数据、地理信息及业务数据归甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求，全部运维操作须通过甲方堡垒机进行，操作日志留存不少于六个月。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履行合同中知悉的人防工程位置、结构图纸等敏感信息负有保密义务，未经甲方书面同意不得披露。乙方参与项目人员应签署保密承诺书。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成初验或终验的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 分包
P:本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，或逾期超过60日的，甲方有权解除合同，并要求乙方退还已付款项、承担违约责任。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市人民防空办公室　　乙方（盖章）：杭州安垣信息技术有限公司
P:代表人签字：__________　　代表人签字：__________
P:签订日期：2025年　月　日
"""

H489Z02 = """T:隧道窑自动控制系统改造及维保合同
P:合同编号：XL-JS-2025-08
P:甲方（买方）：丰城市鑫磊新型墙材有限公司
P:乙方（卖方）：洛阳中窑自动化工程有限公司
P:鉴于甲方2号隧道窑（长128米，设计产能每日约18万块标准砖）现靠人工看火控温，能耗偏高、成品率不稳定，甲方决定对其烧成控制系统进行自动化改造；乙方具备窑炉控制系统设计、供货和安装经验。双方经协商，就改造工程及后续维保订立本合同。
H:一、改造范围
P:（一）乙方负责2号隧道窑烧成控制系统的设计、供货、安装、调试及培训，包括：预热带、烧成带、冷却带温度和压力的自动检测，风机变频调速，推车机联锁控制，中控室监控画面及生产报表。
P:（二）乙方提供的设备、软件和服务见下表，设备均为全新原厂正品。
TB:序号|名称|规格|数量|单价（元）|金额（元）
TB:1|PLC控制柜|S7-1500，含I/O模块|2套|168,000|336,000
TB:2|温度、压力传感器及变送器|K型/S型热电偶、微压变送器|1批|148,000|148,000
TB:3|风机变频器|55kW/75kW|12台|9,500|114,000
TB:4|中控上位机及工控机|双屏，含UPS|2套|26,000|52,000
TB:5|窑炉控制软件许可|永久许可，含组态|1套|186,000|186,000
TB:|软硬件小计||||836,000
TB:6|安装调试|含线缆敷设、试烧配合|1项|68,000|68,000
TB:7|操作培训|中控及维修人员|1项|16,000|16,000
TB:|合同总价||||920,000
P:（三）合同总价为人民币920,000元，含13%增值税、运输及保险费，固定不变。
H:二、工期
P:（一）乙方应于合同生效后45日内将设备运至甲方厂区，到货后20日内完成安装和调试。
P:（二）改造施工应安排在甲方停窑检修期内进行，停窑时间不超过10日，具体日期由甲方书面通知。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，计92,000元。
P:（二）设备到货并安装完毕后10个工作日内，支付合同总价的55%，计506,000元。到货签收和安装完毕不代表质量验收。
P:（三）系统验收合格后10个工作日内，支付合同总价的35%，计322,000元。
H:四、验收
P:（一）安装调试完成后，系统连续带料烧成试运行72小时。验收标准：1.烧成带温度控制偏差不超过±5℃；2.全部检测点数据采集完整，画面刷新不超过2秒；3.超温、断电、风机故障报警及联锁动作逐项测试正常；4.试运行期间成品率不低于改造前三个月的平均水平。
P:（二）双方共同按上述标准验收并签署验收报告；任何一项不达标的，乙方应整改后重新验收。
H:五、质量保证
P:（一）质保期为验收合格之日起六个月。质保期内，设备及软件出现质量问题的，乙方免费维修或更换。
P:（二）一级故障（可能导致停窑或窑温失控）乙方应在1小时内远程响应，24小时内到达现场；二级故障8小时内响应，48小时内到场。乙方响应或到场每迟延一小时，向甲方支付500元。
H:六、维保服务
P:（一）质保期满后，乙方提供年度维保服务，内容包括每月一次现场巡检、传感器校准、易损件更换、软件升级和7×24小时电话支持。
P:（二）年度维保费按软硬件小计的24%计取，即每个服务年度200,640元，在维保期内固定不变，于每个服务年度开始后30日内支付。
P:（三）维保服务按服务年度签订，期满不自动续期。
H:七、知识产权
P:乙方为本项目编写的PLC控制程序、组态画面和报表的知识产权归甲方所有，乙方应在验收时交付源程序及说明，甲方可自行修改和使用。控制软件产品本身的知识产权归乙方，甲方享有永久使用权。
H:八、数据安全
P:（一）窑炉运行数据、能耗数据和生产报表归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方每次书面确认后，通过甲方提供的VPN账号进行，操作完毕立即断开；乙方不得在控制系统中预留后门或未告知的远程通道。
P:（三）因乙方原因造成数据泄露、控制程序被篡改或系统被入侵的，乙方应在2小时内告知甲方，负责恢复，并赔偿甲方由此遭受的损失。
H:九、保密
P:双方对在合作中知悉的对方技术资料、原料配比、烧成工艺和经营信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后仍然有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、分包
P:乙方如需将线缆敷设等辅助施工交由第三方完成，须事先取得甲方书面同意，并对其施工质量和安全负责。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后15日内未纠正的，或逾期超过30日的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：丰城市鑫磊新型墙材有限公司（盖章）　　乙方：洛阳中窑自动化工程有限公司（盖章）
P:签约代表：________　　签约代表：________　　日期：2025年　月　日
"""

H489Z03 = """康济大药房连锁门店进销存及会员管理SaaS服务合同

合同编号：KJ-IT-2025-031
甲方（客户）：湖南康济大药房连锁有限公司
乙方（服务商）：上海药联云科技有限公司

鉴于甲方在株洲、湘潭两地经营35家零售药店，拟统一使用乙方“药联云”进销存及会员管理SaaS服务替代现有单机收银系统，双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方通过其云平台向甲方提供以下订阅服务：门店收银及医保结算接口、采购与库存、批号效期管理、GSP质量管理记录、会员积分及营销、总部报表。
1.2 乙方提供一次性实施服务：35家门店商品主数据及库存数据迁移、约8.6万名会员资料迁移、与湖南省医保平台接口联调、门店店员及总部人员培训。
1.3 服务期为三个服务年度，自上线验收合格之日起计算。

2. 费用
2.1 订阅费：门店端每店每服务年度4,800元，35家门店合计168,000元；总部管理模块每服务年度36,000元；订阅费合计每服务年度204,000元，三个服务年度共612,000元。
2.2 实施费：一次性88,000元。
2.3 本合同总金额为700,000元（含6%增值税）。甲方新增门店的，按本条单价另行计费。

3. 付款
3.1 实施费在上线验收合格后15个工作日内一次支付。
3.2 订阅费按季度结算，乙方于每季度结束后开具发票，甲方在收到发票后15个工作日内支付该季度费用51,000元。
3.3 甲方无须预付任何费用。

4. 上线与验收
4.1 乙方应在合同签订后75日内完成全部门店上线。
4.2 上线验收标准：(1) 35家门店均可正常收银并完成医保刷卡结算；(2) 迁移后库存数量、批号、效期与原系统逐店核对一致；(3) 会员资料及积分迁移无差错；(4) 连续10个营业日无一级故障。
4.3 甲方在收到验收申请后5个工作日内组织验收，并出具书面意见。门店开始使用系统不视为验收合格。
4.4 乙方逾期完成上线验收的，每逾期一日向甲方支付违约金800元。

5. 服务水平
5.1 乙方保证平台月可用率不低于99.5%。计划维护应安排在凌晨0:00至6:00，并提前3日通知甲方。
5.2 一级故障（任一门店无法收银或医保结算中断）乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应，当日解决；咨询类问题在1个工作日内答复。
5.3 月可用率低于约定值的，当月订阅费按以下比例抵扣：低于99.5%但不低于99%的，抵扣5%；低于99%的，抵扣10%。一级故障响应每超时一小时，另行抵扣500元。

6. 续期与价格
6.1 服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。
6.2 每次续期时，乙方有权根据其价格政策上调订阅费，上调幅度不超过8%，并在续期前30日书面通知甲方。

7. 数据归属与数据安全
7.1 甲方的商品、库存、销售、处方及会员数据归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
7.2 乙方应将数据存储于中国境内，平台通过网络安全等级保护三级测评，对会员个人信息加密存储，按最小权限原则管理访问，并每日备份。
7.3 发生数据泄露或丢失的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担由此产生的全部责任，包括甲方因此被监管部门处罚的损失。
7.4 合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除并出具书面证明。

8. 知识产权
8.1 “药联云”平台的知识产权归乙方所有。
8.2 乙方为甲方定制的报表、医保对接配置及数据转换脚本，其知识产权归甲方所有，甲方可自由使用、修改。

9. 保密
双方对履约过程中获知的对方商业秘密（包括采购价格、供应商信息、经营数据）负有保密义务，保密期限至合同终止后三年。

10. 分包
乙方使用阿里云作为基础设施服务商，甲方签署本合同即视为同意。除此之外，乙方将本合同任何服务交由第三方履行的，须事先取得甲方书面同意。

11. 合同解除
11.1 乙方严重违约（包括连续两个月可用率低于99%，或发生重大数据泄露），经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还未使用期间的费用。
11.2 甲方逾期付款超过60日的，乙方可暂停服务。

12. 适用法律与争议解决
本合同适用中华人民共和国法律。争议提交长沙仲裁委员会仲裁。

13. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：湖南康济大药房连锁有限公司（盖章）　乙方：上海药联云科技有限公司（盖章）
授权代表：　　　　授权代表：
日期：2025年　月　日
"""

H489Z04 = """滁阳市疾病预防控制中心免疫规划信息系统运维服务合同

项目编号：CYCG-2025-C047（竞争性磋商）
甲方（采购人）：滁阳市疾病预防控制中心
乙方（成交供应商）：安徽卫信数据服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就滁阳市免疫规划信息系统运维服务订立本合同。

第一条 服务范围
（1）运维对象：市级免疫规划信息系统（含预防接种管理、疫苗出入库追溯、冷链温度监测、入托入学查验模块）及其数据库、中间件，以及全市248个预防接种单位的客户端。
（2）服务内容：驻场运维、7×24小时远程监控、故障处理、数据质量核查、与省级平台的数据交换保障、系统安全加固、接种单位客户端巡检及操作培训。
（3）乙方派驻2名运维工程师在甲方信息科驻场，工作日8:30至17:30在岗，项目负责人须为响应文件所列人员。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期。

第三条 服务费用与支付
（1）运维服务费总价为人民币486,000元（含税），为固定总价。
（2）服务费按季度支付，每季度121,500元。每季度结束后，甲方根据季度考核结果在15个工作日内支付，考核扣减的金额从当季费用中扣除。
（3）甲方不预付任何款项。

第四条 服务水平
（1）系统月可用率（不含经甲方同意的计划停机）不低于99.95%。
（2）一级故障（接种登记或疫苗追溯功能中断）：15分钟内响应，2小时内恢复；二级故障：30分钟内响应，8小时内恢复；三级问题：1个工作日内处理。
（3）与省级平台数据交换失败的，乙方应在次个工作日内完成补传。
（4）每发生一次一级故障响应或恢复超时，扣减当季服务费2,000元；月可用率每低于约定值0.01个百分点，扣减1,000元。

第五条 考核与验收
（1）甲方每季度按附件《运维考核表》进行考核，考核内容包括故障响应及恢复时限、巡检完成率、数据质量问题整改率、驻场人员出勤率，考核结果分为合格和不合格。
（2）服务期满前，乙方提交运维总结报告、巡检记录、故障处理记录及数据质量报告。甲方按本合同第四条服务水平和各季度考核结果进行验收，出具书面验收意见；未通过的，乙方应在30日内整改。

第六条 数据安全
（1）系统中的受种者个人信息、接种记录、疫苗流通数据均归甲方所有。乙方仅为本合同运维目的接触数据，不得复制、下载、留存或向任何第三方提供，不得用于其他用途。
（2）乙方运维操作须通过甲方堡垒机进行，使用实名账号，禁止使用移动存储介质；涉及数据修改的操作须经甲方信息科书面审批。
（3）乙方应落实网络安全等级保护三级要求，每季度开展一次漏洞扫描并完成整改。
（4）发生数据泄露、篡改、丢失等安全事件的，乙方应立即处置并在1小时内向甲方报告；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第七条 知识产权
乙方在服务期间编写的运维脚本、巡检工具、配置文档和操作手册归甲方所有，甲方可自由使用和修改。

第八条 人员与分包
（1）驻场人员变更须提前10日经甲方书面同意。
（2）乙方可将各接种单位客户端的现场巡检及培训工作委托当地合作单位实施，但应提前5个工作日书面告知甲方合作单位名称，并对其工作质量负责。

第九条 违约责任
（1）乙方驻场人员未按约定日期到岗的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（2）乙方季度考核不合格的，扣减当季服务费的10%。

第十条 合同解除
乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或存在其他严重违约行为经书面通知后10日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。

第十一条 争议解决
双方发生争议的，应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十二条 其他
（1）本合同未尽事宜，按磋商文件、响应文件及政府采购相关规定执行。
（2）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方：滁阳市疾病预防控制中心（盖章）
乙方：安徽卫信数据服务有限公司（盖章）
日期：2025年6月  日
"""

H489Z05 = """# 链仓WMS/TMS软件许可及实施合同

> 广州链仓软件有限公司 标准合同文本 V2.3（2025版）

合同编号：LC-2025-0462

甲方（用户）：江门市百草源凉茶饮品有限公司
乙方（供应方）：广州链仓软件有限公司

甲方拟建设成品仓储及配送管理系统，乙方是“链仓”仓储管理系统（WMS）和运输管理系统（TMS）的著作权人。双方依据《中华人民共和国民法典》，就软件许可及定制开发事项订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予链仓WMS V5及链仓TMS V3软件的永久使用许可，适用于甲方江门总仓及佛山、湛江两个分仓。

1.2 乙方根据甲方需求进行定制开发：与甲方ERP的订单及库存对接、凉茶成品批次与保质期先进先出管理、经销商自助下单门户、车辆调度及在途跟踪看板。

1.3 乙方负责系统部署、基础数据初始化和用户培训。

## 第二条 合同价格

|序号|项目|金额（元）|
|---|---|---|
|1|链仓WMS V5 永久许可（3个仓库）|420,000|
|2|链仓TMS V3 永久许可（含36辆车终端授权）|260,000|
||软件许可小计|680,000|
|3|定制开发|380,000|
|4|部署实施|90,000|
|5|培训|20,000|
||合同总价|1,170,000|

合同总价含6%增值税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，计585,000元，乙方收款后启动项目。

3.2 系统上线后10个工作日内，甲方支付剩余50%，计585,000元。

## 第四条 交付与上线

4.1 乙方在收到首付款后90日内完成部署和定制开发，并书面通知甲方上线。

4.2 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第五条 验收

系统上线运行即视为甲方验收合格。甲方在上线后提出的功能调整需求，按变更处理，另行计费。

## 第六条 免费维护

6.1 自系统上线之日起三个月为免费维护期，乙方在此期间提供远程技术支持和缺陷修复。

6.2 一级故障（系统无法进行出入库作业）乙方在8小时内响应，其他问题在2个工作日内响应。

6.3 乙方将尽力在合理时间内排除故障，但不因故障响应或处理时间承担扣款、赔偿或违约金。

## 第七条 维护服务

免费维护期满后，甲方可购买乙方年度维护服务，维护费按乙方届时公布的服务价格标准执行。

## 第八条 知识产权

8.1 链仓WMS、TMS软件及其全部版本的知识产权归乙方所有。

8.2 乙方为甲方完成的定制开发成果（包括源代码、接口程序、报表模板及相关文档）的知识产权归乙方所有，甲方在本合同约定范围内享有非独占、不可转让的使用权，未经乙方同意不得修改或提供给第三方。

## 第九条 数据

9.1 甲方业务数据归甲方所有。乙方应采取加密传输、访问控制和定期备份等措施保护数据安全，发生数据泄露时在24小时内通知甲方；因乙方过错导致数据泄露的，乙方承担相应赔偿责任。

9.2 甲方同意乙方在去除甲方名称等识别信息后，将出入库、运输时效等运营数据用于产品优化、算法训练及行业分析报告。

## 第十条 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十一条 责任限制

11.1 乙方对本合同项下的全部责任（含违约金）累计不超过合同总价的50%。

11.2 任何一方不对对方的间接损失、利润损失承担责任。

## 第十二条 合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

## 第十三条 争议解决

本合同适用中华人民共和国法律。争议提交广州仲裁委员会仲裁。

## 第十四条 其他

本合同一式两份，双方各执一份，经双方盖章后生效。

甲方（盖章）：江门市百草源凉茶饮品有限公司　　乙方（盖章）：广州链仓软件有限公司

日期：2025年　月　日
"""
ADD = {}
ADD["H489Z01"] = ("H:第十四条 其他", """H:第十四条 双方的其他权利义务
P:14.1 甲方应指定项目联系人，及时提供人防工程档案、业务规则和政务云资源，并在乙方提交需求规格说明书后10个工作日内确认或提出书面修改意见。
P:14.2 乙方应组建不少于6人的项目团队，项目经理须为投标文件所列人员，未经甲方书面同意不得更换；乙方应每两周提交项目进度报告，并参加甲方组织的周例会。
P:14.3 乙方应对甲方系统管理员和各区人防办业务人员进行操作培训，培训不少于4期，每期不少于2天，并提供操作手册、管理员手册和培训视频。
P:14.4 乙方交付的软件不得含有病毒、后门、恶意代码或未经授权的第三方组件；平台使用的开源组件应列出清单及许可协议。
H:第十五条 不可抗力与通知
P:15.1 因地震、洪水、疫情等不可抗力导致不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，双方可协商延长履行期限或解除合同。
P:15.2 本合同项下的通知以书面形式送达合同首页所载地址，当面送达、邮寄送达或电子邮件送达均有效。
H:第十六条 其他""")
ADD["H489Z02"] = ("H:十四、其他", """H:十四、双方责任
P:（一）甲方负责提供中控室场地、电源及接地，按乙方要求在停窑检修期内开放施工作业面，并指派熟悉窑炉工艺的人员配合调试。
P:（二）乙方施工人员应遵守甲方厂区安全生产制度，进入窑车通道、风机房等区域须办理作业票，高处作业和动火作业须持证上岗；因乙方违章作业造成人身伤害或财产损失的，由乙方负责。
P:（三）乙方应在验收前向甲方移交设备清单、电气原理图、接线图、PLC程序备份、参数设定表及操作维护手册各两套，并对甲方中控操作人员和电工进行不少于5天的现场培训，培训后由乙方组织考核。
P:（四）乙方应提供主要易损件（热电偶、继电器、风机变频器功率模块）的备件清单及价格，该价格在维保期内不得上调。
P:（五）因不可抗力导致不能按期履行的，受影响一方应在3日内书面通知对方，双方协商顺延或解除合同。
H:十五、其他""")
ADD["H489Z03"] = ("13. 其他", """13. 双方责任
13.1 甲方应指定总部信息负责人及各门店联系人，按乙方模板提供商品目录、供应商资料和会员数据，并保证所提供数据的合法来源。
13.2 甲方负责门店收银电脑、扫码枪、小票打印机及网络的配置，配置标准由乙方在合同签订后5个工作日内书面提供。
13.3 乙方应为甲方配置专属客户经理和实施顾问，上线前在每家门店安排现场或远程指导，上线后第一周每日回访，并每季度向甲方提交服务报告（包括可用率、故障记录及处理情况）。
13.4 乙方平台版本升级不得降低本合同约定的功能和服务水平；涉及医保结算接口的升级，应提前5个工作日通知甲方并在非营业时间进行。
13.5 因国家或地方医保政策调整需要修改接口的，乙方应在医保部门要求的期限内完成修改，不另收费用。

14. 不可抗力与通知
14.1 因不可抗力或公共网络、医保平台本身故障导致服务中断的，不计入可用率考核，但乙方应尽快协助恢复并及时告知甲方。
14.2 本合同项下通知以书面形式或电子邮件发送至合同首页联系人，发出后次日视为送达。

15. 其他""")
ADD["H489Z04"] = ("第十二条 其他", """第十二条 双方责任
（1）甲方应为驻场人员提供办公场所、网络和必要的系统账号，及时提供系统变更需求，并协调省级平台和各接种单位配合运维工作。
（2）乙方应每月提交运维月报，内容包括系统运行情况、故障及处理记录、巡检发现的问题、数据质量核查结果和下月工作计划；每季度对全部248个接种单位客户端完成一次巡检，并对新入职接种人员开展操作培训。
（3）乙方应建立应急预案，每半年组织一次系统故障或数据恢复演练，演练方案须经甲方确认，演练结果书面报告甲方。
（4）疫苗集中接种、入托入学查验等业务高峰期间，乙方应根据甲方通知增派技术人员到场保障，不另收费用。
（5）系统升级、补丁安装和配置变更须在非接种时段进行，并提前2个工作日报甲方审批；变更前应完成数据库备份。
（6）服务期满或合同解除时，乙方应与甲方或甲方指定的新服务商进行工作交接，移交账号、文档、脚本和未结问题清单，交接期不少于15日。

第十三条 不可抗力
因自然灾害、重大公共卫生事件等不可抗力不能履行本合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方协商延期履行或解除合同。

第十四条 其他""")
ADD["H489Z05"] = ("## 第十四条 其他", """## 第十四条 双方责任

14.1 甲方应指定项目负责人，按乙方要求提供仓库布局、库位编码、商品主数据、车辆及经销商资料，并保证数据准确。因甲方资料延迟提供或需求变更导致工期延误的，工期相应顺延。

14.2 甲方负责服务器、手持终端、条码打印机、网络等软硬件环境的采购和配置，配置标准以乙方提供的清单为准。

14.3 乙方应指派项目经理和实施顾问，按双方确认的实施计划开展工作，对甲方仓管员、调度员和系统管理员进行培训，并提交用户手册和管理员手册。

14.4 甲方应按照乙方的操作规范使用系统。因甲方擅自修改系统配置、数据库或使用不符合要求的硬件导致的故障，乙方不承担责任，协助处理的按乙方标准另行收费。

## 第十五条 不可抗力

因不可抗力导致一方不能履行合同的，受影响一方应及时通知对方，并根据不可抗力的影响部分或全部免除责任。网络运营商故障、第三方软件缺陷视为不可抗力。

## 第十六条 其他""")
ADD2 = {}
ADD2["H489Z01"] = ("H:第十五条 不可抗力与通知", """P:14.5 乙方应按甲方要求编制项目实施方案、测试方案和上线切换方案，经甲方书面确认后实施；平台上线前应完成数据备份和回退预案演练，确保上线不影响人防工程日常审批和巡查工作。
H:第十五条 不可抗力与通知""")
ADD2["H489Z02"] = ("H:十五、其他", """P:（六）乙方应在改造施工前提交施工组织方案和停窑期间的临时控温措施，经甲方生产部门确认后实施；改造过程中如发现原有风机、推车机等设备存在缺陷，乙方应及时书面告知甲方，由双方协商处理方案，不得擅自处理。
P:（七）本合同附件包括：技术协议、设备清单及技术参数、施工组织方案、验收记录表。附件与合同正文具有同等效力；附件与正文不一致的，以正文为准。
H:十五、其他""")
ADD2["H489Z03"] = ("14. 不可抗力与通知", """13.6 乙方应为甲方提供门店数据的多维度报表，包括各门店销售排行、毛利、近效期商品预警、会员复购率等，并可按甲方要求调整报表格式；新增定制报表在每个服务年度内不超过10张的，不另收费用。

14. 不可抗力与通知""")
ADD2["H489Z04"] = ("第十三条 不可抗力", """（7）乙方应于每月5日前向甲方报送上月接种数据质量核查结果，列明重复建档、信息缺项、接种记录逻辑错误等问题及整改建议，并配合甲方对各接种单位进行数据质量通报。
（8）乙方驻场人员应遵守甲方各项管理制度，服从甲方信息科的工作安排；驻场人员请假须提前报甲方同意，并由乙方安排具备同等能力的人员临时顶岗。

第十三条 不可抗力""")
ADD2["H489Z05"] = ("## 第十五条 不可抗力", """14.5 乙方提供的培训为集中培训两期，每期一天，培训地点在甲方江门总仓；甲方需要增加培训的，按乙方人天单价另行计费。
14.6 系统上线前，双方应共同完成基础数据导入核对及出入库、盘点、波次拣货、车辆派单等业务流程的模拟运行。模拟运行中发现的问题，乙方应在上线前修正。
14.7 乙方交付的软件包括安装程序、用户手册和管理员手册的电子版。甲方如需纸质文档，乙方另行提供两套，不另收费。

## 第十五条 不可抗力""")
ADD3 = {}
ADD3["H489Z01"] = ("H:第十五条 不可抗力与通知", """P:14.6 乙方应配合甲方完成平台的网络安全等级保护备案、商用密码应用安全性评估和政务云资源申请，按要求提供系统拓扑、数据流向说明和安全设计文档；评估中发现的问题由乙方在20日内整改完毕，整改费用由乙方承担，不另行向甲方收取。
H:第十五条 不可抗力与通知""")
ADD3["H489Z02"] = ("H:十五、其他", """P:（八）乙方应按国家和行业标准做好控制柜的防尘、防潮和散热处理，窑头、窑尾等高温粉尘区域的传感器应加装保护套管，确保设备在甲方现场环境下稳定运行。
P:（九）乙方应在改造完成后对甲方窑炉的能耗、成品率和温度曲线进行对比分析，出具改造效果报告，并根据甲方不同坯体原料和季节变化提供烧成曲线参数调整建议，帮助甲方稳定生产。改造效果报告应包括改造前后单位产品耗煤量、合格率和一级品率的对比数据，数据取自改造前后各连续三十日的生产记录，由双方共同签字确认。
H:十五、其他""")
ADD3["H489Z03"] = ("14. 不可抗力与通知", """13.7 乙方应在系统中按《药品经营质量管理规范》要求保存采购、验收、养护和销售记录，支持药监部门检查时按门店、按批号快速查询和导出；相关功能变更应符合届时有效的监管要求。
13.8 乙方应在系统中提供处方药销售的处方审核、登记和留存功能，以及含麻黄碱类复方制剂等特殊药品的实名登记和限量销售控制，相关规则按甲方所在地药监部门要求配置。
13.9 会员营销功能（短信、小程序推送、积分兑换）应在取得会员同意的前提下使用，乙方应提供会员授权记录和退订功能，营销短信费用按实际发送量另行结算。
13.11 乙方应支持甲方与第三方外卖及线上问诊平台的订单对接，对接所需的接口开放不另收费；第三方平台收取的费用由甲方自行承担。对接上线前，乙方应完成订单、库存和退款流程的联调测试，并经甲方书面确认，联调中发现的问题由乙方在上线前修正完毕。
13.10 甲方门店闭店或调整的，可书面通知乙方停用相应门店账号，停用门店自下一季度起不再计收订阅费。

14. 不可抗力与通知""")
ADD3["H489Z04"] = ("第十三条 不可抗力", """（9）乙方应协助甲方完成网络安全等级保护测评、上级卫生健康部门的信息化检查及数据质量考核，按要求提供运维记录和整改材料。
（10）乙方应对冷链温度监测模块的设备在线情况进行日常监控，发现温度数据中断超过2小时的，应立即通知相关接种单位和甲方免疫规划科，并协助排查原因。
（11）乙方应对系统数据库进行每日增量备份和每周全量备份，备份数据存放于甲方指定的异地备份设备，每季度进行一次恢复测试并将测试结果书面报告甲方。
（12）乙方应建立运维知识库，记录常见问题及处理方法、系统配置和接口说明，服务期满时完整移交甲方；知识库内容应及时更新，确保甲方或其指定人员能够据此开展后续运维。
（13）乙方应为各接种单位提供电话和远程协助服务，工作日及周末接种门诊开放时间内均应有专人值守。
（14）新建或搬迁的接种单位需要安装客户端、配置扫码设备和冷链监测终端的，乙方应在接到甲方通知后3个工作日内完成，并对该单位人员进行上机操作培训。培训完成后，乙方应将培训签到表和考核记录报甲方免疫规划科备案，作为季度考核中培训工作完成情况的依据。
（15）甲方有权随时检查乙方的运维工作记录，对不符合要求的工作提出整改意见，乙方应在5个工作日内整改完毕并书面反馈。

第十三条 不可抗力""")
ADD3["H489Z05"] = ("## 第十五条 不可抗力", """14.8 甲方应保证其网络环境、服务器操作系统和数据库版本符合乙方的运行要求，并负责服务器的日常备份。甲方更换服务器或迁移系统的，乙方协助迁移，按乙方人天单价计费。
14.9 乙方应按照双方确认的蓝图方案开展定制开发，蓝图方案确认后甲方提出的新增或修改需求，按乙方人天单价另行计费，工期相应顺延。
14.10 乙方的实施方案包括：需求调研、蓝图设计、系统配置、定制开发、数据初始化、用户培训、模拟运行和上线支持八个阶段，各阶段的交付物由乙方提交、甲方签收。
14.11 甲方应安排仓储、物流和财务部门的关键用户全程参与项目，并在乙方提交各阶段交付物后3个工作日内签收或提出意见，逾期未提出的视为签收。
14.12 乙方在甲方现场工作期间应遵守甲方的食品生产卫生管理制度，进入成品仓库和生产区域须穿戴工作服并经甲方人员陪同。乙方人员不得拍摄甲方生产线、配方标签及仓库布局，确因实施需要拍摄的，应事先取得甲方同意，并仅用于本项目。
14.14 系统上线时间由乙方根据项目进度确定，甲方应予配合。乙方通知上线后，甲方应停止使用原有的手工台账和旧系统，以免数据不一致；因甲方继续使用旧系统造成的差异由甲方自行处理。
14.13 乙方提供的手持终端操作界面、拣货单和送货单格式以乙方标准版本为准，甲方需要调整格式的，每份格式按乙方人天单价计费。
14.15 乙方有权在项目实施过程中根据需要调整实施人员，但应保证项目进度不受影响。
14.16 本合同履行期间，乙方发布的软件新版本，甲方可在维护期内免费升级；维护期满后升级的，按乙方届时的升级政策执行。

## 第十五条 不可抗力""")
H489E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. AL-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Andes Logic SpA, a company organised under the laws of the Republic of Chile, with its registered office at Avenida Brasil 2241, Valparaiso, Chile (the "Supplier"); and
P:(2) Shenzhen Guoxian Fresh Fruit Import Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Futian District, Shenzhen (the "Customer").
H:Recitals
P:A. The Customer imports fresh fruit, mainly cherries, blueberries and grapes from Chile and Peru, through the ports of Shekou and Nansha, and wishes to trace every lot from orchard to distributor and to record its quality inspections in one system.
P:B. The Supplier owns the FrutaTrace traceability and quality inspection software and provides implementation services for it.
P:C. The parties wish to set out the terms on which the Supplier grants perpetual licences and performs services. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means FrutaTrace Server version 6, the FrutaTrace web client and the FrutaTrace Inspector mobile application, in object code, with their documentation.
P:1.2 "Deliverables" means the configurations, interfaces, report templates, data migration scripts and documents prepared by the Supplier specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, imported into or generated by the Software in the Customer's use, including lot records, container and cold-chain temperature records, inspection photographs, supplier and distributor details and personal information of the Customer's staff and business contacts.
P:1.4 "Go-Live" means the first day on which all inspections at both ports are recorded in the Software, and "Final Acceptance" means the Customer's written confirmation under Article 5.4.
H:Article 2 Licence and Services
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Customer's own servers in Shenzhen for the number of users set out in Article 3, for the business of the Customer and its affiliates in mainland China. The Customer may make backup copies and may install the Software on a standby server for disaster recovery without further fees.
P:2.2 The Supplier shall perform the following services: installation and configuration of the Software; configuration of lot, grade and defect codes for each fruit type; interfaces with the Customer's Kingdee ERP and with the customs declaration agent's system; migration of open lots and three seasons of inspection history; user training; and go-live support during the first cherry season.
P:2.3 The Supplier shall complete the services according to the project plan in Annex 1, with Go-Live no later than 20 October 2025 and Final Acceptance no later than 31 January 2026.
P:2.4 The Supplier shall appoint a project manager who speaks Mandarin or English and who shall attend weekly progress meetings, in person in Shenzhen during configuration and go-live and by video conference at other times. The project manager may be replaced only with the Customer's agreement.
P:2.5 The Customer shall provide the servers, operating systems and database licences described in Annex 1, reasonable access to its premises and staff, and timely decisions on configuration questions.
H:Article 3 Prices
P:3.1 The total Contract Price is CNY 1,200,000, inclusive of applicable taxes, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:FrutaTrace Server perpetual licence|1|420,000|420,000
TB:Named user licences, web client|60|3,500|210,000
TB:FrutaTrace Inspector mobile licences|25|4,800|120,000
TB:Licence Subtotal|||750,000
TB:Implementation and configuration|1|268,000|268,000
TB:ERP and customs interfaces|1|146,000|146,000
TB:Training|1|36,000|36,000
TB:Contract Price|||1,200,000
P:3.2 The prices are fixed for the duration of the Agreement. Travel and living costs of the Supplier's staff are included. Additional user licences ordered within three years after Final Acceptance shall be charged at the unit prices above.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 240,000) within 20 days after signature, against the Supplier's invoice.
P:4.2 45% of the Contract Price (CNY 540,000) within 20 days after Go-Live.
P:4.3 35% of the Contract Price (CNY 420,000) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the Supplier's account in Shenzhen against a valid invoice.
H:Article 5 Acceptance
P:5.1 Before Go-Live the Supplier shall demonstrate in a test environment that the Software and the Deliverables meet the functional specification in Annex 2.
P:5.2 After Go-Live the Software shall run in production for a trial period of 45 days.
P:5.3 The acceptance criteria are: (a) every function in Annex 2 works as specified; (b) lot records imported from the ERP reconcile with the ERP in number and weight for the whole trial period; (c) the mobile application records an inspection with photographs offline and synchronises it within five minutes of reconnection; (d) standard reports open within three seconds for 50 concurrent users; and (e) no Severity 1 incident remains open at the end of the trial period.
P:5.4 When the criteria are met the Customer shall issue a written Final Acceptance certificate within ten business days. If a criterion is not met, the Supplier shall correct the failure and the relevant tests shall be repeated. Go-Live, use of the Software or payment of any instalment does not in itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and the Deliverables will perform in accordance with Annex 2 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects and provide new versions free of charge.
P:6.2 Severity 1 incidents (the Software is unavailable or lot records cannot be saved) shall be responded to within one hour, with a workaround within eight hours. Severity 2 incidents shall be responded to within two hours and resolved within three business days. Other requests shall be answered within two business days.
P:6.3 For each full hour by which a Severity 1 response is late, the Supplier shall credit the Customer CNY 1,000.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee is 13% of the Licence Subtotal, that is CNY 97,500 per Support Year, fixed for the first three Support Years. Support renews only on the Customer's purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier and its licensors.
P:7.2 All rights in the Deliverables vest in the Customer upon creation. The Supplier shall hand over their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
P:7.3 The Supplier shall defend the Customer against any claim that the Software or the Deliverables infringe a third party's rights and shall bear the resulting costs and damages.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Supplier may process it only to perform this Agreement and on the Customer's instructions.
P:8.2 The Software is hosted on the Customer's servers. The Supplier's staff may access the production system only through the Customer's VPN with multi-factor authentication, with the Customer's approval for each session, and shall not copy Customer Data out of the Customer's environment.
P:8.3 The Supplier shall comply with the PRC Data Security Law and Personal Information Protection Law, shall notify the Customer within 24 hours of any security incident affecting Customer Data, and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all information of the other party received in connection with this Agreement, including prices, supplier lists and inspection results, and shall use it only to perform this Agreement. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If Go-Live or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Agreement is limited to 150% of the Contract Price, except for liability under Article 8, for wilful misconduct and for personal injury, which are not limited.
H:Article 11 Subcontracting
P:The Supplier shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination before Final Acceptance the Supplier shall refund the amounts paid for services not accepted, and the licences already paid for remain in force.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Chile.
P:13.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be finally resolved by arbitration administered by the Santiago Arbitration and Mediation Center (CAM Santiago) under its rules, seated in Santiago, Chile.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:14.2 Notices shall be in writing and sent to the addresses above by courier or e-mail.
P:14.3 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Functional Specification), is the entire agreement between the parties. Amendments must be in writing and signed by both parties. It is signed in two English originals, one for each party.
P:For the Supplier: Andes Logic SpA, Valparaiso. Name: ____________ Title: General Manager
P:For the Customer: Shenzhen Guoxian Fresh Fruit Import Co., Ltd. Name: ____________ Title: Legal Representative
"""
H489E02 = """# ORDER FORM No. QC-2025-0871

**Supplier:** Qhapaq Cloud S.A.C., Calle Mercaderes 318, Arequipa, Peru ("Qhapaq")
**Customer:** Hangzhou Mingqian Tea Co., Ltd., Xihu District, Hangzhou, People's Republic of China ("Customer")
**Service:** DistriPro distributor ordering and field-sales platform (software as a service)
**Hosting region:** Qhapaq's tenant on a mainland China public cloud region (Shanghai)
**Subscription Term:** 24 months from the Service Start Date stated in the onboarding acceptance certificate
**Currency:** all fees are stated and invoiced in CNY at the Customer's request

## A. Subscriptions and fees

| Item | Quantity | Unit fee (CNY) | Monthly (CNY) | Term total (CNY) |
|---|---|---|---|---|
| Field Sales user subscription | 150 users | 110 per user per month | 16,500 | 396,000 |
| Distributor Portal platform fee (up to 400 distributors) | 1 | 6,500 per month | 6,500 | 156,000 |
| Onboarding (one-time) | 1 | 48,000 | - | 48,000 |
| **Total fees for the Subscription Term** | | | **23,000** | **600,000** |

Additional users may be added at the same unit fee for the remainder of the Subscription Term.

## B. Invoicing and payment

B.1 Monthly fees are invoiced quarterly in arrears, at the end of each calendar quarter, and are payable within 30 days of invoice.
B.2 The onboarding fee is invoiced on the date of the onboarding acceptance certificate and is payable within 30 days.
B.3 No fees are payable before the Service Start Date.

## C. Onboarding

C.1 Qhapaq shall configure the Service for the Customer's product catalogue (about 1,100 SKUs of tea, tea ware and gift sets), price lists for four distributor tiers, the sales territories of Zhejiang, Jiangsu and Shanghai, and the interface with the Customer's Kingdee ERP for orders, stock and invoices.
C.2 Qhapaq shall import distributor master data and open orders, train 12 key users and the field sales team in Hangzhou, and deliver Chinese-language user guides.
C.3 The onboarding shall be completed within 60 days after signature of this Order Form. If onboarding acceptance is delayed for reasons attributable to Qhapaq, Qhapaq shall pay the Customer CNY 500 for each day of delay.
C.4 Onboarding acceptance criteria: (a) distributors can place orders through the portal and the mobile app, and the orders appear in the ERP within five minutes; (b) stock levels shown in the portal match the ERP for all warehouses in a test on three consecutive business days; (c) the tiered price lists and promotions calculate correctly for the 50 test orders agreed by the parties; and (d) the field sales app records visits, photographs and orders offline and synchronises them on reconnection. The Customer shall sign the onboarding acceptance certificate within five business days after the criteria are met. Use of the Service for business before that certificate is not acceptance.

## D. Service levels

D.1 Monthly availability of the Service: 99.95%, excluding maintenance windows notified at least 48 hours in advance and scheduled between 00:00 and 06:00 Beijing time.
D.2 Support is provided in Mandarin and English. Priority 1 (Service unavailable or orders cannot be placed): response within 30 minutes, 24 hours a day, 7 days a week; restoration target two hours. Priority 2: response within two hours during business hours. Priority 3: next business day.
D.3 Service credits, as a share of the monthly fees for the affected month: availability below 99.95% but at least 99.5%, 5%; below 99.5% but at least 99.0%, 10%; below 99.0%, 20%. Each Priority 1 response later than 30 minutes earns a further credit of CNY 300. Credits are deducted from the next invoice.

## E. Signatures

This Order Form incorporates the General Terms below. If this Order Form and the General Terms conflict, this Order Form prevails.

For Qhapaq Cloud S.A.C.: ____________________ Name / Title / Date
For Hangzhou Mingqian Tea Co., Ltd.: ____________________ Name / Title / Date

# GENERAL TERMS FOR DISTRIPRO SUBSCRIPTIONS

## 1. Definitions

1.1 "Service" means the DistriPro platform, the mobile applications and the related support described in the Order Form.
1.2 "Customer Data" means data submitted to the Service by or for the Customer, including product, price, distributor, order and visit data and personal information of distributor contacts and field staff.
1.3 "Customer Configurations" means the product and price set-ups, report layouts, workflows and interface mappings made for the Customer.

## 2. Provision of the Service

2.1 Qhapaq shall provide the Service in accordance with the Order Form and its documentation and shall not materially reduce its functionality during the Subscription Term.
2.2 The Customer shall use the Service only for its own business and that of its distributors, keep its passwords secure and ensure that its users comply with these General Terms.

## 3. Customer Data

3.1 As between the parties, the Customer owns the Customer Data. Qhapaq uses Customer Data to provide, secure and support the Service.
3.2 The Customer grants Qhapaq a worldwide, perpetual licence to use Customer Data in aggregated and de-identified form to improve its products, to develop new features and to publish industry benchmark reports on distributor ordering and field sales, during and after the Subscription Term.
3.3 Within 30 days after the end of the Subscription Term, Qhapaq shall make Customer Data available for export in CSV format and shall then delete it from the Service.

## 4. Data security

4.1 Qhapaq shall store Customer Data in mainland China only, maintain an ISO/IEC 27001 certified information security management system, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, and keep access logs for at least six months.
4.2 Qhapaq shall notify the Customer within 48 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take immediate steps to contain it, and shall cooperate with the Customer and the authorities.
4.3 Qhapaq is responsible for security incidents caused by its breach of this clause 4 and shall compensate the Customer for the resulting losses, including regulatory fines.

## 5. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of the Order Form and disclose it only to employees and advisers who need to know it. This obligation lasts for three years after the end of the Subscription Term.

## 6. Intellectual property

6.1 Qhapaq owns the Service and all improvements to it.
6.2 Customer Configurations and the reports produced from Customer Data belong to the Customer, who may use, modify and license them freely, including after the Subscription Term.

## 7. Subcontractors

Qhapaq uses its public cloud provider named in the Order Form for hosting, which the Customer approves by signing. Qhapaq shall not use any other subcontractor in performing the Service without the Customer's prior written consent and remains responsible for all subcontractors.

## 8. Term and termination

8.1 The Order Form runs for the Subscription Term and ends at its expiry. It does not renew automatically; any renewal requires a new Order Form signed by both parties.
8.2 Subscriptions are committed for the full Subscription Term. The Customer may not terminate the Order Form or any subscription before the end of the Subscription Term, for any reason. If Qhapaq fails to perform, the Customer's remedies are the service credits under section D and damages under clause 9.
8.3 Qhapaq may suspend the Service if undisputed fees remain unpaid 45 days after their due date and the Customer fails to pay within 15 days after a written reminder.

## 9. Liability

9.1 Each party's total liability under the Order Form is limited to twice the total fees for the Subscription Term.
9.2 Neither party is liable for indirect or consequential loss or for loss of profit, except for breach of clauses 4 and 5.

## 10. Warranties

Qhapaq warrants that the Service will perform materially in accordance with its documentation and that it has the right to provide it. Qhapaq shall defend the Customer against any claim that the Service infringes a third party's intellectual property rights.

## 11. Governing law and disputes

These General Terms and the Order Form are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 12. General

12.1 Notices shall be in writing and sent to the contacts named in the Order Form.
12.2 Neither party may assign the Order Form without the other party's written consent, except Qhapaq to a successor of its whole business that assumes all its obligations.
12.3 Changes to these General Terms bind the Customer only when agreed in writing.
"""
H489E03 = """T:PURCHASE CONTRACT FOR GREENHOUSE ENVIRONMENTAL SENSORS AND MONITORING SYSTEM
P:Contract No. SGF-CG-2025-112
P:Buyer: Shandong Shouguang Greenfield Agricultural Technology Co., Ltd., Shouguang, Weifang, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Sensorium Oriental S.A., Rambla 25 de Agosto 1825 No. 580, Montevideo, Uruguay, acting through its representative office in Shanghai (the "Supplier").
P:Whereas the Buyer operates 64 vegetable greenhouses on its Dongcheng site and wishes to monitor soil, air and weather conditions continuously, and the Supplier manufactures environmental sensors and LoRaWAN monitoring systems, the parties agree as follows. This contract is on the Buyer's standard purchase terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, deliver, install, configure and commission the sensors, gateways, weather stations and monitoring software listed in Section 2 (the "System") at the Buyer's Dongcheng site, and shall train the Buyer's staff.
P:1.2 The System shall meet the technical specification in Annex A, including measurement ranges and accuracies, battery life of at least three growing seasons for field sensors, IP67 protection, and data transmission from every greenhouse to the monitoring software at intervals of no more than ten minutes.
P:1.3 All equipment shall be new, of the models stated in Annex A, and delivered with certificates of origin, calibration certificates and Chinese-language manuals.
H:Section 2 Price
P:2.1 The Contract Price is CNY 962,000, including VAT, packing, transport to the site, import duties and insurance. The price is fixed.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture, temperature and EC sensors|320|1,150|368,000
TB:2|Air temperature and humidity sensors|160|680|108,800
TB:3|CO2 sensors|80|1,450|116,000
TB:4|Compact weather stations|4|23,500|94,000
TB:5|LoRaWAN gateways with solar power kits|12|8,600|103,200
TB:6|GreenWatch monitoring software, perpetual site licence|1|86,000|86,000
TB:|Hardware and Licence Subtotal|||876,000
TB:7|Installation, configuration and commissioning|1|74,000|74,000
TB:8|Training|1|12,000|12,000
TB:|Contract Price|||962,000
H:Section 3 Delivery and Installation
P:3.1 The Supplier shall deliver the equipment to the site within 50 days after signature and complete installation and commissioning within 25 days after delivery. Installation shall be coordinated with the Buyer's planting schedule so that no crop is damaged.
P:3.2 Delivery is complete when the Buyer signs the delivery note after counting the items and checking for visible damage. Signing the delivery note is not acceptance of the System.
P:3.3 The Buyer shall provide access to the greenhouses, mains power at the gateway positions named in Annex A and a network connection for the monitoring server.
H:Section 4 Payment
P:4.1 10% of the Contract Price (CNY 96,200) within 15 days after signature, against an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 55% of the Contract Price (CNY 529,100) within 15 days after delivery and installation are complete.
P:4.3 35% of the Contract Price (CNY 336,700) within 15 days after Final Acceptance.
P:4.4 Each payment is made against a valid VAT invoice.
H:Section 5 Acceptance
P:5.1 After commissioning, the System shall run for a trial period of 30 consecutive days.
P:5.2 Acceptance criteria: (a) at ten sampling points chosen by the Buyer, air temperature readings agree with a reference instrument within 0.5 degrees Celsius and humidity within 3 percentage points; (b) soil moisture readings at the same points agree with oven-dry samples within the accuracy stated in Annex A; (c) at least 98% of expected readings from every sensor reach the monitoring software during the trial period; (d) alarms for high temperature, low soil moisture and sensor offline are delivered to the Buyer's duty phones within two minutes; and (e) all training is completed.
P:5.3 When all criteria are met the parties sign a Final Acceptance certificate. If any criterion is not met, the Supplier shall correct the System at its cost and the trial period shall be repeated for the affected part. Installation, use of the System or payment does not constitute acceptance.
H:Section 6 Warranty and Service
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment free of charge, including sensors whose accuracy drifts outside the specification, and shall provide software updates.
P:6.2 Critical faults (a gateway or the monitoring software out of service) shall be responded to within two hours, with an engineer on site within 48 hours if a remote fix is not possible. Other faults shall be responded to within one business day, and defective sensors shall be replaced within five business days.
P:6.3 For each hour by which the response to a critical fault is late, the Supplier shall pay the Buyer CNY 300, deducted from any amount due or claimed under the bank guarantee.
P:6.4 After the warranty period the Buyer may order annual service. The annual service fee shall not exceed 7% of the Hardware and Licence Subtotal (CNY 61,320) and shall not increase during the first two service years after the warranty period. Annual service is ordered by separate purchase order and does not renew automatically.
H:Section 7 Intellectual Property
P:7.1 The GreenWatch software and the sensor firmware remain the Supplier's property; the Buyer has a perpetual licence to use them.
P:7.2 Dashboards, alarm rules, greenhouse maps and reports configured for the Buyer belong to the Buyer, who may use, modify and license them freely.
H:Section 8 Data
P:8.1 All sensor readings, crop records and other data collected by the System belong to the Buyer. The Supplier may access them only to provide support, with the Buyer's approval, and shall not use them for any other purpose or disclose them.
P:8.2 The monitoring server is installed on the Buyer's premises. The Supplier shall change all default passwords before commissioning, enable encrypted transmission between gateways and server, and apply security patches during the warranty period.
P:8.3 The Supplier shall inform the Buyer within 24 hours of any security incident affecting the System or the Buyer's data and shall compensate the Buyer for losses caused by its breach of this Section.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information obtained under this contract, including the Buyer's cultivation methods and yields, and shall not disclose it to third parties without prior written consent.
P:9.2 This Section survives the end of the contract for three years.
H:Section 10 Delay
P:10.1 If the Supplier fails to deliver or to complete commissioning by the dates in Section 3, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 If the Buyer pays late, it shall pay interest on the overdue amount at the loan prime rate published by the National Interbank Funding Center.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract installation or any other work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:12.2 On termination the Supplier shall refund the amounts paid for equipment and services not accepted, and the Buyer may return the equipment delivered at the Supplier's cost.
H:Section 13 Force Majeure
P:A party prevented from performing by force majeure shall notify the other party within five days and provide evidence. Performance is suspended for the duration of the event; if it lasts more than 60 days either party may terminate.
H:Section 14 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
H:Section 15 Miscellaneous
P:15.1 Annex A (Technical Specification and Site Plan) and Annex B (Training Plan) form part of this contract.
P:15.2 This contract is made in English and Chinese, in four originals, two for each party. Both language versions are equally authentic.
P:For the Buyer: ____________________ (seal)    For the Supplier: ____________________ (seal)
P:Date: ____________
"""
H489E04 = """# MANAGED SERVICE DESK AND ENDPOINT MANAGEMENT AGREEMENT

Agreement reference: GS-FS-2025-03

**Between** Guarani Systems S.R.L., Avenida San Blas 1450, Ciudad del Este, Paraguay, providing on-site work in China through its Guangzhou branch (the "Supplier"),

**and** Foshan Meijia Furniture Co., Ltd., Shunde District, Foshan, Guangdong, People's Republic of China (the "Customer").

## BACKGROUND

The Customer makes and sells home furniture, with two factories in Shunde, a head office and 14 showrooms in the Pearl River Delta. It has about 620 desktop and laptop computers and wishes to outsource its IT service desk and the management of these endpoints. The Supplier runs a multilingual service desk and endpoint management service for manufacturing companies. All charges are in CNY at the Customer's request.

## 1. DEFINITIONS

1.1 "Services" means the services described in Schedule 1.
1.2 "Endpoints" means the Customer's desktop and laptop computers listed in the asset register agreed at the end of Transition.
1.3 "Transition" means the work needed to take over the service from the Customer's internal team, described in clause 3.
1.4 "Monthly Charge" means the charge set out in Schedule 3.
1.5 "Customer Data" means all data of the Customer or its employees, customers and dealers that the Supplier can access in performing the Services, including files on Endpoints, e-mail, user accounts, tickets and the asset register.

## 2. TERM

2.1 This Agreement starts on signature. The Services run for 24 months from the Service Commencement Date, which is the day after Transition Acceptance (the "Term").
2.2 The Agreement ends at the end of the Term. It may be extended only by a written agreement signed by both parties; there is no automatic renewal.

## 3. TRANSITION

3.1 The Supplier shall complete Transition within 45 days after signature. Transition includes: taking over open tickets and knowledge articles; installing the endpoint management agent on all Endpoints; building the asset register; setting up the Customer's ticket portal and telephone line; and documenting runbooks for the Customer's ERP client, CAD software and showroom point-of-sale terminals.
3.2 Transition Acceptance criteria: (a) the agent reports from at least 98% of the Endpoints in the register; (b) the asset register reconciles with the Customer's finance records of computers; (c) test tickets of each priority raised by the Customer are handled within the times in Schedule 2; and (d) the runbooks are approved by the Customer's IT manager. The Customer shall sign the Transition Acceptance certificate within five business days after the criteria are met.
3.3 If Transition Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay CNY 900 for each day of delay.

## 4. SERVICES AND SERVICE LEVELS

4.1 The Supplier shall provide the Services in accordance with Schedule 1 and meet the service levels in Schedule 2.
4.2 If a service level is missed, the Supplier shall give the service credits in Schedule 2, deducted from the next invoice, and shall provide a corrective action plan within ten business days.
4.3 The Supplier shall provide a monthly service report covering ticket volumes, service level results, patch compliance, asset changes and recommendations, and shall attend a monthly service review with the Customer's IT manager.

## 5. CHARGES AND PAYMENT

5.1 The Customer shall pay the Transition fee and the Monthly Charge set out in Schedule 3.
5.2 The Transition fee is invoiced on Transition Acceptance. The Monthly Charge is invoiced monthly in arrears. Invoices are payable within 30 days.
5.3 Nothing is payable before the Service Commencement Date except as stated in clause 5.2. The number of Endpoints may vary by up to 5% without any change to the Monthly Charge; beyond that, the unit rate in Schedule 3 applies.

## 6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer.
6.2 The Supplier shall use Customer Data only to perform the Services and shall not sell it or use it for any other purpose.

## 7. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public business and technical information, including furniture designs, prices and dealer lists, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

## 8. INTELLECTUAL PROPERTY

Runbooks, scripts, reports, knowledge articles and the asset register produced under this Agreement belong to the Customer, who may use, modify and license them freely, including to a successor supplier. The Supplier's own tools and its endpoint management software remain the Supplier's property.

## 9. PERSONNEL AND SUBCONTRACTING

9.1 The Supplier shall provide two field engineers based in Shunde during business hours and a service desk staffed in Mandarin and Cantonese.
9.2 The Supplier shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for its subcontractors.

## 10. LIABILITY

10.1 The Supplier's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Monthly Charges paid by the Customer in the three months preceding the event giving rise to the claim.
10.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.
10.3 The limits in this clause do not apply to death or personal injury caused by negligence or to fraud.

## 11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. Persistent failure to meet the Priority 1 service levels in three consecutive months is a material breach.
11.2 On expiry or termination the Supplier shall provide exit assistance for up to 60 days at the rates in Schedule 3, return all Customer Data and documents, and remove its agent from the Endpoints.

## 12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. GENERAL

13.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly.
13.2 Notices shall be in writing and sent to the addresses above.
13.3 This Agreement with its Schedules is the entire agreement of the parties. If the main body and a Schedule conflict, the main body prevails.

Signed for the Supplier: ____________________  Signed for the Customer: ____________________

## SCHEDULE 1 - SERVICES

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, portal and chat support for all users in Mandarin and Cantonese; ticket logging, diagnosis and resolution or escalation | 07:30-20:00, 7 days |
| Field support | Desk-side support at the head office and factories; showroom visits as needed | Business days 08:00-18:00 |
| Endpoint management | Operating system and application patching, software distribution, antivirus monitoring, disk encryption status, asset register | Continuous |
| Joiners and leavers | Set-up and return of computers and accounts on the Customer's request | Business days |
| Problem management | Analysis of recurring incidents and monthly report | Monthly |

## SCHEDULE 2 - SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Resolution or workaround | Credit if missed |
|---|---|---|---|---|
| P1 | Factory production office or more than 20 users cannot work | 30 minutes | 6 hours | CNY 1,500 per incident |
| P2 | A showroom cannot use its point-of-sale terminal | 1 hour | 8 business hours | CNY 600 per incident |
| P3 | Single user fault | 3 business hours | 2 business days | CNY 100 per incident |
| Patching | Critical security patches applied to Endpoints | - | 95% within 14 days of release | 2% of Monthly Charge |

Total credits in any month are limited to 20% of that month's Monthly Charge.

## SCHEDULE 3 - CHARGES

| Item | Basis | CNY |
|---|---|---|
| Transition fee | One-time | 64,000 |
| Endpoint management | 620 Endpoints x CNY 45 per month | 27,900 per month |
| Service desk and field support | Fixed | 18,600 per month |
| Monthly Charge | | 46,500 per month |
| Total over the Term | 24 x 46,500 + 64,000 | 1,180,000 |
| Additional Endpoints | Per Endpoint per month | 45 |
| Exit assistance | Per engineer day | 1,800 |
"""
H489E05 = """DATA SUBSCRIPTION AGREEMENT - ALTIPLANO CROP AND SHIPMENT DATA API

Agreement No. ADS-2025-CN-027

PARTIES

Altiplano Data S.R.L., Calle Sucre 0412, Cochabamba, Plurinational State of Bolivia ("Provider"); and

Qingdao Haitong Grain and Oil Import Co., Ltd., Huangdao District, Qingdao, Shandong, People's Republic of China ("Customer").

BACKGROUND

(A) Customer imports soybeans and soybean meal from Brazil, Argentina, Paraguay and Bolivia and needs timely information on crop conditions, harvest progress, river barge movements and port line-ups to plan its purchases and shipments.

(B) Provider collects such information from field surveys, satellite imagery, port agents and public sources, and makes it available through an application programming interface (the "API").

(C) At Customer's request all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Data" means the datasets delivered through the API, as described in the Data Catalogue attached as Exhibit A: weekly crop condition indices by department and state, harvest progress, daily barge departures on the Paraguay-Parana waterway, vessel line-ups at 18 South American grain ports, and related documentation.

1.2 "Subscription Year" means the period from 1 September 2025 to 31 August 2026 (the first Subscription Year) and the period from 1 September 2026 to 31 August 2027 (the second Subscription Year). Together they form the "Term".

1.3 "Authorised Users" means Customer's employees in its trading, shipping and risk departments, up to 40 named individuals, and Customer's internal systems that call the API with Customer's credentials.

1.4 "Customer Materials" means the port lists, watch-lists, query parameters, vessel nominations and other information that Customer uploads or submits to the API.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Term, a non-exclusive, non-transferable right for Authorised Users to access the API, to download the Data and to use it for Customer's internal business purposes, including in internal reports and models.

2.2 Customer may share extracts of the Data with its affiliates in mainland China and with its banks and auditors, but shall not resell the Data or publish it in bulk.

2.3 Provider shall give Customer API credentials, a sandbox environment and technical documentation within five business days after signature.

2.4 Provider may improve or change the Data and the API from time to time, provided that the content described in Exhibit A is not materially reduced and that changes to the API schema are announced at least 30 days in advance.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 198,000 for each Subscription Year, CNY 396,000 for the Term. The fee covers up to two million API calls per calendar month.

3.2 API calls above two million in a calendar month are charged at CNY 0.08 per call, invoiced monthly in arrears.

3.3 Provider invoices the subscription fee for each Subscription Year at its start. Customer pays within 30 days after receipt of a valid invoice by bank transfer to Provider's account.

3.4 The fees are fixed for the Term. There are no set-up or one-time fees.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall set up a custom port line-up feed for the ports listed in Exhibit B, mapped to Customer's vessel and berth codes, and a daily file delivery of crop indices to Customer's secure FTP server.

4.2 Customer shall test the API and the custom feed during an acceptance window of ten business days after Provider's notice of readiness. The acceptance criteria are: (a) all datasets in Exhibit A are available through the API; (b) every port in Exhibit B is covered; (c) port line-up records are updated at least every six hours; (d) responses conform to the schema in the technical documentation; and (e) the daily file arrives by 08:00 Beijing time on five consecutive business days.

4.3 Customer shall confirm acceptance in writing or list the criteria not met. Provider shall correct any failure and the affected tests shall be repeated. The first Subscription Year starts on 1 September 2025 only if acceptance has been confirmed by then; otherwise both Subscription Years move by the number of days of delay.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and to correct errors in the Data promptly after they are reported.

5.2 Support requests may be sent by e-mail to Provider's support desk, which is staffed in English and Spanish during business hours in Bolivia. Provider will respond to support requests as soon as reasonably practicable.

5.3 Provider does not commit to any particular availability, response time or resolution time, and no service credits apply.

6. CUSTOMER MATERIALS AND DATA SECURITY

6.1 Customer Materials remain the property of Customer. Provider shall use them only to provide the API and the custom feed to Customer and shall not disclose them to any third party or use them for any other purpose, including its own analyses.

6.2 Provider shall protect Customer Materials and Customer's credentials with appropriate technical and organisational measures, including encryption in transit and at rest, multi-factor authentication for its administrators, role-based access and logging of access.

6.3 Provider shall notify Customer within 72 hours after becoming aware of any unauthorised access to Customer Materials or credentials, shall take immediate steps to contain it, and is responsible for the losses Customer suffers from a security incident caused by Provider's failure to comply with this clause 6.

7. INTELLECTUAL PROPERTY

7.1 The Data, the API and Provider's databases remain the property of Provider and its licensors.

7.2 The custom feed mappings, the Exhibit B port configuration and any reports or dashboards prepared by Provider specifically for Customer belong to Customer, who may use, modify and license them freely. Customer's own analyses, reports and models that use the Data belong to Customer.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's port lists, watch-lists and purchase plans and Provider's methods and prices, and shall use it only for this Agreement. This obligation survives for three years after the Term.

9. WARRANTIES

9.1 Provider warrants that it has the right to license the Data, that it collects the Data in accordance with applicable law, and that it will describe its sources and methods accurately in the documentation.

9.2 The Data is based on surveys, estimates and third-party sources. Provider does not warrant that the Data is complete or free from error, and Customer remains responsible for its own trading decisions.

10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 150% of the total fees payable for the Term.

10.2 Neither party is liable for indirect or consequential loss, including loss of trading profit, except for breach of clauses 6 and 8.

11. SUBCONTRACTING

Provider shall not subcontract the provision of the API, the custom feed or support without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement runs for the Term and ends on 31 August 2027. It does not renew automatically; any further subscription requires a written agreement of both parties, including the fees.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the fees paid for the remainder of the Subscription Year.

12.3 On expiry or termination Customer shall stop using the API. Customer may keep Data downloaded during the Term for its internal records, and Provider shall delete Customer Materials within 30 days.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules, in English.

14. GENERAL

14.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly.

14.2 Notices shall be in writing and sent by e-mail and courier to the addresses above.

14.3 This Agreement, with Exhibit A (Data Catalogue) and Exhibit B (Custom Port Feed), is the entire agreement of the parties and may be amended only in writing.

SIGNATURES

For Altiplano Data S.R.L., Cochabamba: ____________________ Name / Title / Date

For Qingdao Haitong Grain and Oil Import Co., Ltd.: ____________________ Name / Title / Date
"""
ADD_EN = {
"H489E02": ("## 12. General", """## 12. Force majeure

Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Fees for any period in which the Service is unavailable because of such an event are reduced in proportion.

## 13. General"""),
"H489E03": ("H:Section 7 Intellectual Property", """P:6.5 The Supplier shall keep a stock of spare sensors and gateway parts in its Shanghai warehouse sufficient to meet the replacement times in Section 6.2, and shall recalibrate or replace the CO2 sensors once during the warranty period without charge.
H:Section 6A Training and Documentation
P:6A.1 The Supplier shall train up to 20 of the Buyer's technicians and greenhouse managers at the site in two sessions of two days each, covering sensor installation and relocation, battery replacement, calibration checks, use of the monitoring software and alarm handling.
P:6A.2 The Supplier shall deliver as-built drawings showing the position of every sensor and gateway, the system configuration, the administrator manual and the user manual in Chinese before Final Acceptance.
H:Section 7 Intellectual Property"""),
"H489E04": ("## 5. CHARGES AND PAYMENT", """4.4 The Supplier shall keep the endpoint management software up to date, shall inform the Customer before deploying any change that requires a restart of production computers, and shall schedule such changes outside factory shift hours agreed with the Customer.
4.5 The Customer shall provide the Supplier with the access rights, workspace at its sites and information reasonably needed to perform the Services, and shall inform the Supplier of planned changes to its IT environment.

## 5. CHARGES AND PAYMENT"""),
"H489E05": ("9. WARRANTIES", """8A. USE BY CUSTOMER

8A.1 Customer shall keep its API credentials secure, shall ensure that only Authorised Users use them, and shall inform Provider promptly if it suspects that credentials have been compromised.

8A.2 Customer may change the named Authorised Users at any time by notice to Provider's support desk, and Provider shall issue new credentials within two business days.

8A.3 Provider may monitor the volume of API calls to calculate usage charges and to protect the API, and shall share the monthly usage report with Customer.

9. WARRANTIES"""),
}

# ---------------------------------------------------------------- assembly
def _apply(key, text):
    for table in (ADD, ADD2, ADD3, ADD_EN):
        if key in table:
            a, b = table[key]
            assert text.count(a) == 1, (key, a)
            text = text.replace(a, b)
    if key == "H489Z05":  # sub-clauses of the template on consecutive lines
        text = re.sub(r"\n\n(?=\d+\.\d)", "\n", text)
    return text


NAMES = {
    "H489Z01": ("h489z01_civil_air_defence_works_platform", "pdf"),
    "H489Z02": ("h489z02_brickworks_tunnel_kiln_control_retrofit", "docx"),
    "H489Z03": ("h489z03_pharmacy_chain_inventory_membership_saas", "txt"),
    "H489Z04": ("h489z04_cdc_immunisation_system_annual_om", "txt"),
    "H489Z05": ("h489z05_herbal_tea_wms_tms_supplier_template", "md"),
    "H489E01": ("h489e01_fruit_traceability_licence_chile_vendor", "pdf"),
    "H489E02": ("h489e02_distributor_ordering_saas_order_form_peru", "md"),
    "H489E03": ("h489e03_greenhouse_sensors_purchase_uruguay", "docx"),
    "H489E04": ("h489e04_managed_service_desk_endpoints_paraguay", "md"),
    "H489E05": ("h489e05_crop_shipment_data_api_bolivia", "txt"),
}

# ---------------------------------------------------------------- labels (my reading of each draft)
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# key: (language, category, term overrides, extra overrides, fee base for TCO, design list of expected rules)
DESIGN = {
    "H489Z01": ("zh", "software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                contract_kind="goods_or_licence"),
                dict(post_warranty_fee_capped=True, contract_value=1500000), 780000, []),
    "H489Z02": ("zh", "hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=10,
                final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=24,
                contract_kind="goods_or_licence"),
                dict(post_warranty_fee_capped=True, contract_value=920000), 836000,
                ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "H489Z03": ("zh", "cloud", dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=800 / 700000 * 100,
                auto_renewal_price_increase=True),
                dict(contract_value=700000), None, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "H489Z04": ("zh", "services", dict(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
                ld_rate_per_day_pct=0.1, subcontract_without_consent=True, governing_law=None),
                dict(contract_value=486000), None, ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "H489Z05": ("zh", "software", dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                ld_rate_per_day_pct=0.02, liability_cap_pct=50, prepayment_pct=50, acceptance_clause=False,
                final_payment_on_acceptance=False, warranty_months=3, subcontract_without_consent=None,
                contract_kind="goods_or_licence"),
                dict(ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                     contract_value=1170000), 680000,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "H489E01": ("en", "software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=13,
                governing_law="Chile", contract_kind="goods_or_licence"),
                dict(post_warranty_fee_capped=True, contract_value=1200000), 750000, ["CR-GOVERNING-LAW"]),
    "H489E02": ("en", "cloud", dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
                ld_rate_per_day_pct=500 / 600000 * 100, liability_cap_pct=200, termination_for_breach=False),
                dict(contract_value=600000), None, ["CR-DATA-OWNERSHIP", "CR-TERMINATION"]),
    "H489E03": ("en", "hardware", dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, prepayment_pct=10,
                final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                contract_kind="goods_or_licence"),
                dict(post_warranty_fee_capped=True, contract_value=962000), 876000, []),
    "H489E04": ("en", "services", dict(p1_response_hours=0.5, data_security_clause=False,
                ld_rate_per_day_pct=900 / 1180000 * 100, liability_cap_pct=3 / 24 * 100),
                dict(contract_value=1180000), None, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "H489E05": ("en", "services", dict(sla_remedy=False, liability_cap_pct=150),
                dict(sla_clause=False, ld_stated=False, contract_value=396000), None,
                ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}


def label(key):
    lang, cat, terms, extra, _, rules = DESIGN[key]
    t = dict(BASE)
    t.update(terms)
    goods = t["contract_kind"] == "goods_or_licence"
    e = {"sla_clause": True, "ld_stated": t["ld_rate_per_day_pct"] is not None}
    if goods:
        e["post_warranty_fee_capped"] = extra.get("post_warranty_fee_capped")
    e["acceptance_deemed_on_delivery"] = extra.get("acceptance_deemed_on_delivery", False)
    e["contract_value"] = extra["contract_value"]
    for k in ("sla_clause", "ld_stated"):
        if k in extra:
            e[k] = extra[k]
    name, ext = NAMES[key]
    return {"file": name + "." + ext, "language": lang, "category": cat,
            "expected_terms": {k: t[k] for k in T_KEYS}, "expected_extra": e, "expected_rules": rules}


def tco_share(lab, fee_base):
    t, e = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (e["contract_value"] + fees) * 100


def derive_rules(lab, fee_base):
    """My own reading of policy.md section 3, applied to the label values."""
    t, e = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(lab, fee_base)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    return "medium" if set(rules) - LOW else "low"


# ---------------------------------------------------------------- threshold scan
_NUM = r"(?<![0-9.,])"
PATTERNS = [
    _NUM + r"99\.90*(?![0-9])\s*%", r"九十九点九(?![一二三四五六七八九零])",
    _NUM + r"4\s*(?:个)?\s*小时", r"(?<![十一二三四五六七八九零两])四\s*个?\s*小时", _NUM + r"4[\s-]*(?:h|hrs?|hours?)\b",
    r"(?<![a-z])four[\s-]*hours?", _NUM + r"240\s*(?:分钟|min)",
    _NUM + r"0\.050*(?![0-9])\s*%", r"万分之五(?![十0-9])", r"千分之零点五",
    _NUM + r"100(?:\.0+)?\s*%", r"百分之百", r"百分之一百(?![一二三四五六七八九零十])", r"(?<![a-z])one[\s-]*hundred[\s-]*per[\s-]*cent",
    _NUM + r"100\s*per[\s-]*cent",
    _NUM + r"30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])", r"三成", _NUM + r"30\s*per[\s-]*cent", r"(?<![a-z])thirty[\s-]*per",
    _NUM + r"12\s*(?:个)?\s*月", r"(?<![一二三四五六七八九十])十二\s*个\s*月", _NUM + r"12[\s-]*months?", r"(?<![a-z])twelve[\s-]*months?",
    r"一年", r"壹年", r"(?<![a-z])one[\s-]*years?", _NUM + r"1[\s-]*years?\b",
    _NUM + r"15(?:\.0+)?\s*%", r"百分之十五(?![点0-9])", _NUM + r"15\s*per[\s-]*cent", r"(?<![a-z])fifteen[\s-]*per",
    _NUM + r"40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九点])", r"四成", _NUM + r"40\s*per[\s-]*cent", r"(?<![a-z])forty[\s-]*per",
    _NUM + r"5\s*(?:个)?\s*年(?!度)", r"(?<![十一二三四六七八九零])五\s*个?\s*年(?!度)", _NUM + r"5[\s-]*years?", r"(?<![a-z])five[\s-]*years?",
    _NUM + r"60[\s-]*months?", _NUM + r"60\s*个\s*月", r"六十个月",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "4-hour", "240分钟", "0.05%",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "12 months", "twelve months", "一年", "one year", "one-year", "15%", "15 %", "40%", "四成", "5年", "5 年",
            "五年", "five years", "5 years", "60 months", "百分之十五", "百分之四十"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "24 hours", "14 hours", "130%", "140%", "25年", "Subscription Year", "45%", "35%", "0.08%", "1,500,000元",
             "二十五年", "36 months", "18 months"]


def hits(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            found += [m.group(0) for m in rx.finditer(variant)]
    return found


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
        assert hits("甲方 " + s + " 乙方") and hits("the " + s + " of"), ("must hit in context", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
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
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    texts = {k: _apply(k, globals()[k]) for k in NAMES}
    for k, t in texts.items():
        assert not hits(t), (k, "source", hits(t))
    built = {k: (NAMES[k][0] + "." + NAMES[k][1], NAMES[k][1]) for k in NAMES if NAMES[k][1] in ("docx", "pdf")}
    write({k: texts[k] for k in built}, built, OUT, wrap_words=True)
    for k, (stem, ext) in NAMES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(texts[k], encoding="utf-8")
    covered = set()
    report = []
    for k, (stem, ext) in NAMES.items():
        lab = label(k)
        fee_base = DESIGN[k][4]
        rules = derive_rules(lab, fee_base)
        assert rules == sorted(DESIGN[k][5]), (k, rules, DESIGN[k][5])
        covered |= set(rules)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        back = read_back(OUT / (stem + "." + ext))
        assert not hits(back), (k, "built", hits(back))
        if lab["language"] == "zh":
            n, n2 = len(back), len(re.sub(r"\s", "", back))
            ok = 2750 <= n <= 3000 and 2750 <= n2 <= 3000
            size = "%d chars (%d without whitespace)" % (n, n2)
        else:
            n = len(back.split())
            ok = 1450 <= n <= 1650
            size = "%d words" % n
        s = tco_share(lab, fee_base)
        if s is not None:
            assert abs(s - 40) > 2, (k, s)
        report.append((k, stem + "." + ext, size, ok, rules, risk(rules), s))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    for r in report:
        print("%-8s %-55s %-36s %-5s %-6s tco=%s %s" % (r[0], r[1], r[2], "OK" if r[3] else "LEN!", r[5],
                                                          None if r[6] is None else round(r[6], 2), ", ".join(r[4]) or "(none)"))
    assert all(r[3] for r in report), "length out of range"


if __name__ == "__main__":
    main()
