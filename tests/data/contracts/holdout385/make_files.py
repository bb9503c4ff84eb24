"""holdout385: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, reads every built file back,
checks lengths, threshold figures and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

H385Z01 = """T:江陵市特种设备安全监管平台建设项目政府采购合同
P:合同编号：JLSJ-ZFCG-2025-0117
P:采购项目编号：JLCG2025-GK-0342（公开招标）
P:甲方（采购人）：江陵市市场监督管理局
P:地址：江陵市荆楚大道318号
P:乙方（供应商）：杭州衡安信息技术有限公司
P:地址：杭州市西湖区文三路477号华星科技大厦9层
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就江陵市特种设备安全监管平台建设项目签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设特种设备安全监管平台，覆盖全市在用电梯、锅炉、压力容器、压力管道、起重机械、场（厂）内专用机动车辆等设备的使用登记、定期检验、日常维保、隐患排查治理和执法检查全过程，实现“一设备一档案”和风险分级监管。
P:1.2 建设内容包括：平台基础软件许可；监管业务模块定制开发；移动执法应用；历史数据迁移及与省级特种设备信息系统、电梯应急处置平台的接口对接；实施部署及培训。详细需求以招标文件第五章《采购需求》为准。
P:1.3 平台部署于甲方指定的政务云，乙方不得将平台或其中任何数据部署、备份于其他环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾捌万元整（¥1,580,000），为固定总价，已包含税费、差旅、第三方测评配合及乙方履约所需的全部费用，甲方不再支付其他任何费用。
P:2.2 分项价格如下：
TB:序号|项目|金额（元）
TB:1|平台基础软件许可（永久授权，不限用户数）|560,000
TB:2|监管业务模块及移动执法应用定制开发|742,000
TB:3|历史数据迁移及系统对接|186,000
TB:4|实施部署及培训|92,000
TB:合计||1,580,000
H:第三条 付款方式
P:3.1 合同签订且乙方向甲方提交等额预付款银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，计¥316,000。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，计¥711,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，计¥553,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方通过国库集中支付方式付款，因财政资金审批流程造成的合理延迟不视为甲方违约。
H:第四条 工期
P:4.1 乙方应于合同签订之日起150日内完成开发、部署及数据迁移，并书面申请初步验收。
P:4.2 初步验收通过后，平台进入为期九十日的试运行。试运行期满且遗留问题全部整改完毕后，乙方申请最终验收。
P:4.3 乙方应按周向甲方报送项目进度，并配备不少于6名驻场人员，项目经理未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能全部实现，并经甲方业务科室逐项确认；（2）迁移数据经全量比对，设备台账、检验记录、维保记录无遗漏、无错项；（3）与省级系统及电梯应急处置平台的接口连续10日运行无差错；（4）在800个并发用户下，常用查询响应时间不超过2秒；（5）取得第三方机构出具的安全测评报告，且无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障，二级及以下问题均已整改；用户手册、运维手册、源代码及接口文档已全部移交并经甲方确认。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以双方签署的书面验收报告为准。平台上线运行、甲方实际使用或支付款项，均不视为验收合格。
H:第六条 质量保证及维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术咨询及必要的现场服务。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，维护费每年不超过平台基础软件许可费的10%，即不超过¥56,000，该价格自质保期满起三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，经甲方同意并提前三日通知的计划内维护时间除外。
P:7.2 故障分级及响应要求：一级故障（平台整体不可用或核心数据错误）30分钟内响应，2小时内到场，6小时内恢复；二级故障（主要功能不可用）1小时内响应，8小时内解决；三级故障（一般问题）1个工作日内解决。
P:7.3 乙方未达到上述要求的，一级、二级故障每迟延响应或恢复1小时，扣减服务考核款800元；月度可用率每低于承诺值0.01个百分点，扣减1,000元。扣减金额从应付款项或履约保证金中抵扣。
H:第八条 数据安全
P:8.1 平台中的全部数据，包括设备台账、使用单位信息、检验检测数据、执法记录及系统日志，均属于甲方所有。乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应按照网络安全等级保护第三级要求落实安全措施，对敏感数据加密存储和传输；运维操作须经甲方审批并通过堡垒机进行，操作日志保存不少于六个月。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成的安全事件，由乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履约过程中知悉的甲方工作秘密、执法信息及使用单位的商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的全部成果，包括源代码、数据库设计、接口程序及相关文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:10.2 平台基础软件的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所提供的软件及成果不侵犯任何第三方的合法权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权拒绝验收。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同全部或部分转包、分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过60日，或交付成果经两次整改仍不合格，或发生严重数据安全事件的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
P:13.2 任何一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权解除合同。
H:第十四条 法律适用及争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江陵市市场监督管理局    乙方（盖章）：杭州衡安信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年__月__日    签订日期：2025年__月__日
"""

H385Z02 = """T:钢化炉控制系统改造合同
P:合同编号：MC-SB-2025-086
P:甲方：佛山市明澈钢化玻璃有限公司
P:地址：佛山市南海区丹灶镇金沙工业大道22号
P:乙方：洛阳炉控自动化工程有限公司
P:地址：洛阳市高新区滨河北路66号
P:甲方现有两台水平辊道式钢化炉（1号炉、2号炉）控制系统老化，温度均匀性和风栅控制精度已不能满足建筑幕墙玻璃的质量要求。经比选，甲方委托乙方对两台钢化炉的控制系统进行改造。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）更换两台钢化炉的PLC控制柜及I/O模块，新增加热区温控模块（热电偶、温控仪表）；更换风栅风机变频器；更换上位机及工控机；安装钢化工艺控制软件。
P:（二）编制并调试钢化工艺参数库，覆盖4mm至19mm白玻、超白玻及Low-E玻璃。
P:（三）拆除旧系统、安装、接线、调试、试生产及操作人员培训。
P:（四）改造须在甲方安排的停炉窗口内分炉实施，每台炉停炉时间不得超过10日。
P:（五）乙方应对原系统的工艺参数、报警记录进行完整备份，并在新系统中实现原有全部联锁保护功能，不得降低原系统的安全等级。
H:二、合同价款
P:（一）本合同总价为人民币壹佰叁拾陆万元整（¥1,360,000），为含税固定总价。分项如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜及I/O模块|2套|386,000
TB:2|加热区温控模块（热电偶、温控仪表）|2套|214,000
TB:3|风栅风机变频器|8台|258,000
TB:4|上位机及工控机|4台|96,000
TB:5|钢化工艺控制软件许可（永久）|2套|168,000
TB:设备及软件小计|||1,122,000
TB:6|拆装、接线及调试|1项|148,000
TB:7|工艺参数调试及试生产|1项|72,000
TB:8|操作及维修人员培训|1项|18,000
TB:合计|||1,360,000
P:（二）上述价格包含设备、软件、运输、保险、安装、调试、培训及税费。
H:三、付款方式
P:（一）合同签订后10日内，甲方支付合同总价的20%作为预付款，计¥272,000。
P:（二）设备全部到货并经甲方签收后10日内，甲方支付合同总价的25%，计¥340,000。到货签收仅确认数量及外观，不代表质量验收。
P:（三）两台钢化炉均通过最终验收后15日内，甲方支付合同总价的50%，计¥680,000。
P:（四）剩余5%（¥68,000）作为质量保证金，质保期满且无未解决的质量问题后15日内无息支付。
H:四、工期
P:（一）设备应于合同签订后60日内到达甲方工厂。
P:（二）1号炉改造应于到货后第一个停炉窗口完成，2号炉改造应于1号炉验收合格后30日内完成。
P:（三）改造期间乙方应遵守甲方的安全生产管理制度，进入车间须穿戴劳保用品，动火、登高及带电作业须办理作业票。因乙方人员违规作业造成的人身伤害或财产损失，由乙方承担。
P:（四）乙方应在改造前提交施工方案、停炉计划及旧系统数据备份方案，经甲方设备部书面确认后实施；旧控制柜拆除后归甲方所有，由乙方搬运至甲方指定地点。
H:五、验收
P:（一）每台炉改造完成后连续试生产7日，按下列标准验收：1.炉内各加热区温度偏差不超过±3℃；2.6mm白玻钢化后碎片颗粒数及弯曲度符合GB 15763.2的要求，抽检合格；3.风压控制偏差不超过设定值的±2%；4.连续试生产期间无因控制系统造成的停炉；5.报警、联锁及急停功能全部测试通过。
P:（二）验收由甲方生产部、设备部及质量部共同进行，双方签署验收报告。设备安装完成、投入试生产或甲方付款，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改并重新组织验收，费用由乙方承担。
H:六、质量保证
P:（一）质保期为十八个月，自每台炉最终验收合格之日起计算。质保期内设备、软件因质量问题出现故障的，乙方免费维修或更换。
P:（二）故障分级及响应：一级故障（钢化炉停炉或存在安全隐患）乙方应在15分钟内电话响应，6小时内派工程师到场；二级故障（影响产品质量但未停炉）1小时内响应，24小时内到场；三级故障48小时内处理。
P:（三）乙方未按上述时限响应或到场的，每迟延一小时向甲方支付500元。
P:（四）质保期内乙方每季度对两台钢化炉控制系统进行一次巡检，检查温控精度、变频器运行状态及控制柜散热情况，并提交巡检报告。乙方应在甲方工厂存放常用备件，包括I/O模块、温控仪表及热电偶各不少于两件。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方提供全包维保服务，包括季度巡检、备品备件及易损件更换、软件升级和驻厂工程师支持。
P:（二）维保费每年按设备及软件小计的28%计取，即每年¥314,160，按季度支付。该费率在质保期满后三年内固定不变，续签时双方另行协商。
P:（三）维保服务以双方签署的年度维保协议为准，不自动续期。
H:八、数据安全
P:（一）钢化工艺参数、生产记录、质量数据及设备运行数据均属于甲方所有，乙方仅为履行本合同使用，不得复制、外传或用于其他客户。
P:（二）乙方远程维护须经甲方设备部逐次审批，通过甲方提供的VPN及账号进行，并保留操作记录；不得在控制系统中预留任何后门或远程锁机功能。
P:（三）发生数据泄露、控制程序被篡改等安全事件的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部责任并赔偿损失。
H:九、保密
P:乙方对在甲方工厂知悉的工艺配方、客户名单、价格及其他商业秘密承担保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:十、知识产权
P:（一）乙方为甲方编制的工艺参数库、PLC程序、上位机组态工程及相关源代码归甲方所有，甲方可自行修改或委托他人维护。
P:（二）钢化工艺控制软件的著作权仍属乙方，乙方授予甲方永久使用许可，限于甲方工厂内使用。
P:（三）乙方应在最终验收时向甲方移交PLC程序、组态工程文件的最新版本及其电子备份，并提供程序说明文档。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）因控制系统质量问题造成玻璃批量报废的，乙方应赔偿甲方直接损失。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失造成的损失以及人身伤害除外。
P:（四）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:（五）乙方交付的设备不符合合同约定的品牌、型号或技术参数的，甲方有权要求更换，由此造成的延误按本条第（一）项处理。
H:十二、分包
P:电气安装工作如需由第三方实施，乙方应事先取得甲方书面同意，并对分包方的工作承担全部责任。其他工作不得分包。
H:十三、合同解除
P:乙方逾期超过30日，或改造后经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并恢复或赔偿原有设备。任何一方严重违约且在书面通知后10日内未纠正的，另一方有权解除合同。
H:十四、法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交佛山仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：设备清单及技术参数；附件二：验收记录表。
P:甲方（盖章）：佛山市明澈钢化玻璃有限公司    授权代表：__________
P:乙方（盖章）：洛阳炉控自动化工程有限公司    授权代表：__________
P:日期：2025年__月__日
"""

H385Z03 = """童影时光连锁门店预约及底片管理云服务合同

合同编号：TYSG-IT-2025-019
甲方：上海童影时光儿童摄影连锁有限公司
住所：上海市闵行区七莘路1888号3幢
乙方：杭州拾光云软件有限公司
住所：杭州市余杭区文一西路998号海创园5号楼

鉴于甲方在上海、苏州、杭州、南京等地经营45家儿童摄影门店，需要统一的线上预约、门店排期、选片及底片管理系统；乙方是“拾光云”影楼管理SaaS的开发和运营者。双方经协商，就甲方订阅乙方云服务并由乙方提供实施服务事宜，订立本合同。

第一条 定义
（1）“云服务”指乙方通过互联网向甲方提供的拾光云影楼管理系统，包括小程序预约、门店排期、摄影师调度、在线选片、底片存储及会员管理模块。
（2）“服务年度”指自上线验收通过之日起每连续的计费期间；首个服务年度自上线验收通过之日起算。
（3）“甲方数据”指甲方及其门店、顾客在云服务中上传、生成或存储的全部数据，包括顾客及儿童的个人信息、预约记录、原始底片、精修照片和消费记录。

第二条 服务内容
（1）乙方为甲方全部45家门店开通云服务，每店不限账号数，底片存储空间每店不少于8TB。
（2）乙方提供实施服务：门店及套系配置、历史底片（约62万组）迁移、与甲方现有会员系统及微信公众号的对接、店长和客服培训。
（3）乙方应为甲方定制品牌化预约页面模板及选片页面，并开发与甲方财务系统的对账接口。
（4）乙方应为每家门店提供不少于2小时的现场或视频培训，并为甲方总部客服中心提供操作手册和常见问题库。
（5）服务期内乙方对云服务进行的功能升级，应提前7日通知甲方，不得减少本合同约定的功能或降低服务水平。

第三条 费用
（1）云服务订阅费按门店计算，每店每个服务年度人民币6,800元，45家门店合计每个服务年度人民币306,000元。
（2）初始服务期为三个服务年度，订阅费合计人民币918,000元。
（3）实施费为一次性费用，人民币126,000元。
（4）本合同总额为人民币1,044,000元（含税）。甲方在服务期内增开门店的，按每店6,800元/服务年度按月折算计费。
（5）除本合同约定的费用外，乙方不得以任何名义另行向甲方或其门店收取费用；短信通知费用已包含在订阅费中。

第四条 付款
（1）实施费在上线验收通过后15日内一次性支付。
（2）订阅费按季度结算：每个服务年度的订阅费分四期，每期76,500元，在每个季度结束后15日内支付。
（3）甲方无须在上线验收前支付任何款项。
（4）乙方应于每期付款前开具增值税专用发票，甲方收到发票后付款。

第五条 实施与上线验收
（1）乙方应在合同签订后75日内完成配置、迁移和对接，并向甲方申请上线验收。
（2）上线验收标准：
    a. 历史底片迁移后逐店抽样核对，抽样不少于每店300组，缺失或损坏为零；
    b. 小程序预约、排期、选片、会员积分等功能按需求清单逐项测试通过；
    c. 与会员系统和财务系统的接口连续5日对账一致；
    d. 在600个门店终端同时在线的情况下，选片页面加载时间不超过3秒。
（3）验收通过后双方签署上线验收单。系统试用或门店实际开始使用，不视为验收通过。
（4）乙方逾期申请上线验收的，每逾期一日，按本合同总额的千分之一向甲方支付违约金。
（5）乙方应在上线前完成全部门店的切换演练，切换期间每家门店停用时间不得超过2小时，并保证切换当日的预约记录完整转入新系统。

第六条 服务水平
（1）乙方承诺云服务月度可用率不低于99.5%。
（2）故障响应：一级故障（全部门店无法预约或选片）30分钟内响应，3小时内恢复；二级故障（单一模块或部分门店不可用）1小时内响应，8小时内恢复；三级故障在下一个工作日内解决。
（3）服务补偿：月度可用率每低于承诺值0.1个百分点，或一级故障未在规定时限内恢复的，乙方按当月订阅费的5%给予服务抵扣，单月抵扣最高不超过当月订阅费的50%，从下一期订阅费中扣除。
（4）乙方应每月向甲方提交服务报告，列明可用率、故障记录、处理时长及服务抵扣金额。甲方对报告有异议的，双方在10个工作日内核对确认。

第七条 数据安全
（1）乙方应对甲方数据采取加密存储、访问权限控制、操作日志留存等安全措施，数据存储于中国境内的阿里云华东节点，乙方信息系统已通过网络安全等级保护第二级备案。
（2）涉及儿童个人信息的，乙方应遵守《个人信息保护法》及《儿童个人信息网络保护规定》，仅限授权人员访问。
（3）发生数据泄露、丢失或被非法访问的，乙方应在24小时内通知甲方，并承担因乙方原因造成的全部损失。
（4）乙方应每半年对云服务进行一次安全检测，并向甲方提供检测摘要；甲方有权在提前通知后对乙方的安全措施进行检查。

第八条 数据权属及使用
（1）甲方数据归甲方所有。
（2）甲方同意，乙方可在服务期内及服务期满后，对甲方数据中的照片及预约记录进行去标识化处理，用于训练乙方的智能修图和客流预测模型、改进产品及开展行业分析，乙方对由此形成的模型和分析成果享有全部权利。
（3）服务期满或合同解除后30日内，乙方应将甲方数据按甲方要求的格式完整导出交付甲方，并在甲方确认后删除其系统中的甲方数据副本。

第九条 保密
双方对合作中获悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得披露给第三方。保密义务在合同终止后三年内有效。乙方工作人员接触甲方顾客信息的，应签署保密承诺书。

第十条 知识产权
（1）拾光云平台及其软件的知识产权归乙方所有。
（2）乙方为甲方定制的预约页面模板、选片页面及对账接口，其知识产权归甲方所有，甲方可自行修改或交由第三方使用。

第十一条 续期
（1）初始服务期届满前60日内任何一方未书面提出不续期的，本合同自动续展一个服务年度，此后亦同。
（2）每次续展时，乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续展前30日书面通知甲方。

第十二条 责任限制
乙方在本合同项下的累计赔偿责任不超过本合同总额的1.5倍；因数据泄露或侵犯知识产权造成的损失不受此限。双方均不对对方的间接损失承担责任，但第七条约定的情形除外。

第十三条 分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

第十四条 解除
（1）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付未使用期间的费用。
（2）月度可用率连续两个月低于98%的，甲方可以书面通知立即解除合同。
（3）合同解除后，乙方应继续提供不少于60日的过渡服务，配合甲方将数据迁移至新系统，过渡期按原标准计费。

第十五条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交上海仲裁委员会仲裁。

第十六条 其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。附件一：功能清单；附件二：门店清单。合同附件与正文不一致的，以正文为准。

甲方（盖章）：上海童影时光儿童摄影连锁有限公司
授权代表：__________
乙方（盖章）：杭州拾光云软件有限公司
授权代表：__________
日期：2025年__月__日
"""

H385Z04 = """临江市城市排水管网监测系统运行维护服务合同

项目编号：LJCG-2025-CS-0063（竞争性磋商）
甲方（采购人）：临江市城市排水管理处
乙方（供应商）：江苏汇流环境科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就临江市城市排水管网监测系统运行维护服务签订本合同。

1. 服务范围
1.1 乙方负责甲方已建排水管网监测系统的运行维护，包括：液位计312台、流量计86台、雨量计24台、井盖状态传感器540个、泵站远传终端31套，以及监测平台软件和数据服务。
1.2 服务内容：设备巡检、清洗、校准及故障维修；备品备件供应（包干）；平台软件运行维护和数据质量核查；汛期（每年5月至9月）应急值守；月度和季度运行报告。
1.3 服务期自2025年7月1日起至2026年6月30日止。
1.4 乙方应组建不少于9人的运维团队，其中驻场人员不少于4人，并在临江市区设置备件库。
1.5 乙方应在接管后30日内完成全部监测设备的现场核查，逐台拍照登记，标注坐标，并对已损坏或缺失设备提出修复建议报甲方审核。

2. 合同价款
2.1 本合同为固定总价，合计人民币捌拾叁万陆仟元整（¥836,000），含税，包括人工、车辆、备件、耗材、检测设备及乙方为完成服务所需的一切费用。
2.2 分项价格：设备巡检、清洗及校准¥468,000；备品备件包干¥126,000；平台运维及数据服务¥154,000；汛期应急值守¥88,000。
2.3 服务期内因甲方新增监测设备导致工作量增加的，超过原设备总数5%的部分，双方按分项单价另行协商确定费用。

3. 付款方式
3.1 服务费按季度支付，每季度¥209,000。
3.2 每季度结束后，甲方按本合同第6条进行季度考核，考核结果经双方确认后15个工作日内，甲方支付当季服务费扣除考核扣款后的余额。
3.3 本合同不设预付款。
3.4 乙方应在每次请款时提交当季考核结果确认单及合法有效的发票。

4. 服务要求
4.1 每台液位计、流量计每月至少巡检1次，汛期每两周1次；雨量计每季度校准1次；传感器在线状态每日核查。
4.2 平台软件月度可用率不低于99.95%，计划内维护须提前三日报甲方同意，并安排在非降雨时段。
4.3 故障分级及响应：
（1）一级故障：汛期监测数据中断、溢流预警失效或泵站远传全部中断，乙方应在30分钟内响应，2小时内到场，6小时内恢复；
（2）二级故障：单个片区监测点离线或数据异常，2小时内响应，24小时内恢复；
（3）三级故障：单台设备故障，48小时内修复或更换。
4.4 乙方应于每月5日前提交上月运行报告，每季度结束后10日内提交季度报告。
4.5 乙方应建立运维工单制度，所有故障从报告、派单、到场、处理到关闭均须在平台中记录，工单记录作为考核依据。
4.6 汛期内遇暴雨橙色及以上预警时，乙方应安排不少于6人在岗值守，对易涝点及泵站监测设备进行加密巡查，并每2小时向甲方报送一次运行情况。
4.7 乙方进行井下作业的，应严格执行有限空间作业审批制度，配备气体检测仪、通风设备及安全防护用品，设置警示标志并安排专人监护。

5. 服务接管
5.1 乙方应于合同签订后10日内完成与原运维单位的交接，接管全部设备和平台，并提交设备台账核查报告。
5.2 乙方逾期接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
5.3 交接期间原运维单位遗留的问题，由乙方会同甲方及原运维单位共同确认，并由乙方在接管后60日内处理完毕。

6. 考核与验收
6.1 甲方每季度按考核细则对乙方服务进行考核验收，考核内容包括巡检完成率、数据完整性、故障处理时效、报告质量等，具体评分标准见附件二。
6.2 考核得分低于85分的，按每低1分扣减当季服务费的0.5%；一级故障每迟延响应或恢复1小时扣减¥500；平台可用率每低于承诺值0.01个百分点扣减¥800。
6.3 服务期满，甲方组织终期验收，乙方应移交完整的设备台账、维修记录、备件清单和运行数据。季度付款不视为对服务质量的最终认可。
6.4 甲方组织终期验收时，可邀请行业专家参加；终期验收不合格的，乙方应在30日内整改，整改期间不另行计费。
6.5 季度考核中发现的问题，乙方应在收到整改通知后7日内完成整改并书面反馈。

7. 数据安全
7.1 监测数据、设备台账、管网图资料及平台运行日志均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或提供给任何第三方。
7.2 乙方应落实网络安全等级保护第二级的管理要求，运维账号实名管理，远程运维须经甲方审批并通过专线进行，严禁在平台上安装与运维无关的软件。
7.3 发生数据泄露、篡改或网络攻击事件的，乙方应在2小时内向甲方报告并配合处置；因乙方原因造成的，乙方承担全部责任，赔偿甲方损失。
7.4 服务期满或合同解除时，乙方应将其持有的全部数据及账号权限移交甲方，并删除其自有设备中留存的数据，出具书面承诺。

8. 保密
乙方对履约中知悉的排水管网布局、重要设施位置、防汛预案及甲方其他未公开信息负有保密义务，不得向第三方泄露。保密义务不因合同终止而解除。乙方应与参与本项目的全部人员签订保密协议，并报甲方备案。

9. 成果归属
乙方在服务期间形成的运行报告、设备台账、校准记录及数据分析成果，所有权和知识产权均归甲方所有。未经甲方同意，乙方不得在任何宣传、投标或论文中使用本项目数据及成果。

10. 转包与分包
乙方不得转包或分包本合同项下的任何服务。

11. 违约责任
11.1 乙方未按约定完成巡检、校准或故障处理的，除按第6条扣款外，甲方有权委托第三方完成，费用由乙方承担。
11.2 因乙方原因导致监测数据中断，造成甲方防汛调度失误或被上级通报的，乙方应赔偿甲方由此遭受的损失。
11.3 乙方作业过程中造成第三方人身伤害或财产损失的，由乙方自行承担责任；甲方因此被追究责任的，有权向乙方追偿。

12. 合同解除
12.1 乙方连续两个季度考核得分低于70分，或严重违约经甲方书面通知后10日内未纠正的，甲方有权解除合同。
12.2 合同解除后，乙方应在15日内完成移交，甲方按实际服务期间结算费用。
12.3 因不可抗力导致合同无法继续履行的，双方均可解除合同，互不承担违约责任。

13. 合同期限
本合同于服务期届满时终止，不自动续期。甲方如需继续采购，应依法另行组织采购。

14. 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

15. 其他
15.1 磋商文件、响应文件、成交通知书及附件为本合同的组成部分。
15.2 本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。

甲方（盖章）：临江市城市排水管理处
授权代表：__________
乙方（盖章）：江苏汇流环境科技有限公司
授权代表：__________
签订日期：2025年__月__日
"""

H385Z05 = """# 智造云图MES系统软件许可及实施合同

> 智造云图标准合同文本 V5.0（乙方提供）

**合同编号**：ZZYT-MES-2025-0412

**甲方**：孝感米香源食品有限公司（地址：湖北省孝感市孝南区槐荫大道208号）

**乙方**：武汉智造云图软件有限公司（地址：武汉市东湖新技术开发区光谷大道77号金融港B3栋）

甲方主营糍粑、年糕等米制品的生产和销售，拟建设生产执行系统（MES），实现从糯米入库、浸泡、蒸煮、打糕、成型、速冻到冷链出库的全过程管理。乙方同意按照本合同约定向甲方提供智造云图MES软件许可、定制开发及实施服务。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智造云图MES标准软件许可，包括生产管理、质量追溯、仓储管理三个模块。

1.2 乙方根据甲方需求进行定制开发，包括：蒸煮、打糕工序的温度、时长及含水率等工艺参数自动采集；速冻及冷链批次追溯；与甲方金蝶ERP系统的接口。

1.3 乙方提供工控数据采集网关，以及系统安装、部署、基础数据初始化和操作培训。

1.4 乙方负责系统在甲方服务器上的安装部署，甲方应按乙方提供的配置清单自行采购服务器、操作系统及数据库软件。

## 第二条 合同价款

2.1 合同总价为人民币玖拾陆万元整（¥960,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造云图MES标准软件许可（生产、质量、仓储模块） | 420,000 |
| 2 | 工控数据采集网关（含安装配件） | 64,000 |
| 3 | 定制开发（工艺参数采集、冷链批次追溯、ERP接口） | 380,000 |
| 4 | 实施部署、数据初始化及培训 | 96,000 |
| | **合计** | **960,000** |

2.2 上述价格不含甲方现场网络改造及服务器采购费用，该部分由甲方自行承担。

2.3 合同履行过程中甲方新增的需求，乙方按人天单价2,800元另行报价，经甲方确认后实施。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%作为预付款，即¥480,000。乙方收到预付款后启动项目。

3.2 系统安装上线后5个工作日内，甲方支付剩余50%，即¥480,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，乙方并有权暂停服务。

3.4 乙方收到款项后开具增值税普通发票。

## 第四条 实施周期

4.1 乙方在收到预付款后90日内完成系统安装上线。

4.2 因甲方未及时提供需求、场地、网络条件或基础数据造成延误的，实施周期相应顺延。

4.3 乙方应指派项目经理负责项目实施，项目经理变更时应通知甲方。

4.4 甲方应指定项目联系人，在乙方提出需求后5个工作日内确认需求文档；逾期未确认的，视为甲方认可乙方的需求文档。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的需求变更，乙方另行报价。

5.3 甲方在系统上线后使用过程中发现的问题，可在免费维护期内向乙方报告，由乙方安排处理。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方通过电话、远程方式提供技术支持，并将尽商业上合理的努力及时处理甲方报告的问题。

6.3 非乙方原因造成的故障，以及甲方人员误操作、网络或服务器故障引起的问题，不属于免费维护范围。

6.4 免费维护期内，乙方根据问题的紧急程度安排处理顺序，处理时间视问题复杂程度而定。

6.5 乙方可应甲方要求提供现场服务，现场服务按每人每日2,800元另行收费，差旅费用由甲方承担。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应向乙方购买年度维护服务。

7.2 年度维护服务费按乙方当年公布的价格标准执行，乙方有权根据市场情况调整。

7.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持、补丁及版本升级；甲方此后再行购买的，应补缴中断期间的维护服务费。

## 第八条 知识产权

8.1 智造云图MES标准软件的全部知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、工艺参数模型及其源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或交由第三方维护。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

8.4 甲方不得将软件用于其他工厂或关联企业，如需扩展使用，应另行购买许可。

## 第九条 数据安全

9.1 甲方的生产数据、配方数据、批次追溯数据及客户订单数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。

9.2 乙方在实施和维护过程中应遵守甲方的信息安全管理制度，使用甲方分配的账号进行操作，对接触的数据采取加密传输和访问控制措施，不得私自拷贝甲方数据。

9.3 因乙方原因造成甲方数据泄露、丢失或损坏的，乙方应在发现后24小时内通知甲方，采取补救措施，并赔偿甲方由此遭受的损失。

9.4 甲方应自行做好数据备份，因甲方未备份导致的数据损失，乙方不承担责任。

## 第十条 违约责任

10.1 乙方逾期完成安装上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部赔偿责任（含违约金），累计不超过合同总价的20%。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

10.4 甲方因自身原因要求暂停项目的，乙方有权按已发生的工作量收取费用，暂停超过60日的，乙方有权解除合同。

## 第十一条 分包

乙方可根据项目需要，将部分现场实施、布线及网关安装工作委托第三方完成，并提前通知甲方即可。第三方人员由乙方自行选定，乙方对第三方的工作质量负责。

## 第十二条 合同解除

12.1 任何一方严重违约，经对方书面通知后15日内仍未纠正的，守约方有权解除合同。

12.2 合同解除后，乙方已收取的预付款中对应已完成工作的部分不予退还。

## 第十三条 不可抗力

因地震、洪水、疫情等不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同未尽事宜，双方可签订补充协议。

15.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

15.3 乙方有权在其宣传材料和客户名单中使用甲方名称及项目案例。

15.4 本合同的附件包括：附件一 软件功能清单；附件二 定制开发需求说明书（以双方确认的版本为准）。

**甲方（盖章）**：孝感米香源食品有限公司　　授权代表：__________

**乙方（盖章）**：武汉智造云图软件有限公司　　授权代表：__________

日期：2025年__月__日
"""

H385E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SW-JX-2025-031
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Suzhou Jinxiu Embroidery Workshop Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at 57 Zhenhu Street, Huqiu District, Suzhou, Jiangsu Province (the "Customer"); and
P:(2) Stitchwise Technologies Ltd., a company incorporated in Israel, with its principal office at 14 Hamelacha Street, Petah Tikva, Israel (the "Vendor").
P:Background: The Customer produces hand-finished and machine Su embroidery for garment brands and museum shops and operates twenty-two multi-head embroidery machines. It wishes to replace its manual stitch-planning process with the Vendor's StitchPlan software, and to convert its library of legacy patterns into the new format. The Vendor has agreed to grant perpetual licences and to perform the related services on the terms below. At the Customer's request, all prices are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the StitchPlan Pro stitch-planning application and the StitchPlan Digitizer add-on, in the versions current at the date of delivery, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the converted pattern library, the machine interface adapters and any scripts, templates, configuration files and documentation the Vendor prepares specifically for the Customer.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria are met.
P:1.4 "Customer Data" means all designs, patterns, colour charts, production records and other data of the Customer or its clients that the Vendor receives or can access in performing this Agreement.
H:Article 2 Scope
P:2.1 The Vendor shall deliver and install the Software on the Customer's workstations and server in Suzhou, configure it for the Customer's machines, convert the Customer's legacy pattern library of approximately 2,400 designs, develop interface adapters for the twenty-two embroidery machines, and train the Customer's designers and machine operators.
P:2.2 The Software is installed on the Customer's premises. No Customer Data is hosted by the Vendor.
H:Article 3 Price
P:3.1 The total price for the licences and services under this Agreement is CNY 798,000 (the "Contract Price"), inclusive of applicable taxes, travel and all other costs of the Vendor. The Contract Price is made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|StitchPlan Pro perpetual licence|14 seats at CNY 28,500|399,000
TB:2|StitchPlan Digitizer perpetual add-on licence|6 seats at CNY 19,000|114,000
TB:|Licence Subtotal||513,000
TB:3|Conversion of legacy pattern library|about 2,400 designs|148,000
TB:4|Machine interface adapters (custom)|22 machines|96,000
TB:5|Installation, configuration and training|lump sum|41,000
TB:|Contract Price||798,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 79,800) within twenty days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 438,900) within twenty days after the parties sign the Installation Certificate confirming that the Software is installed on all workstations. The Installation Certificate is not acceptance of the Software or of the Custom Deliverables.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 279,300) within twenty days after Final Acceptance.
P:4.4 All payments shall be made by bank transfer in CNY to the account named in the Vendor's invoice. Bank charges outside China are for the Vendor.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within forty-five days, and shall request Final Acceptance within one hundred and twenty days, after signature of this Agreement.
P:5.2 The acceptance criteria are: (a) every converted pattern in a sample of 200 chosen by the Customer reproduces the original stitch count within 2% and shows no missing colour block; (b) a stitch plan generated by the Software has been loaded to and run on each of the twenty-two machines through the interface adapters; (c) the Software has run for ten consecutive working days in production with no Severity 1 fault; (d) the documentation and training listed in Annex 2 are complete.
P:5.3 The Customer shall test within ten working days after the Vendor's request and confirm Final Acceptance in writing or list the defects. The Vendor shall correct listed defects and request a new test. Installation, production use or any payment is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation and the acceptance criteria for a warranty period of eighteen months after Final Acceptance. During the warranty period the Vendor shall correct defects, supply updates and new versions and provide support free of charge.
P:6.2 After the warranty period, the Customer may order annual support. The annual support fee is 11% of the Licence Subtotal, that is CNY 56,430 per year, fixed for the first three support years. Support is ordered by purchase order and does not renew automatically.
P:6.3 Support hours are 08:00 to 20:00 China Standard Time on Chinese working days. The Vendor provides support through its Mandarin-speaking support desk and may attend on site in Suzhou when needed.
H:Article 7 Service Levels
P:7.1 Faults are classified as: Severity 1 (the Software cannot plan or send stitch files to any machine); Severity 2 (a major function or a group of machines is unavailable); Severity 3 (other faults and questions).
P:7.2 The Vendor shall respond to a Severity 1 fault within two hours and restore operation, by a workaround if necessary, within twelve working hours; respond to a Severity 2 fault within eight working hours; and answer Severity 3 matters within three working days.
P:7.3 For each full hour by which the Vendor misses a response or restoration time for a Severity 1 or Severity 2 fault, the Vendor shall pay the Customer CNY 600, which the Customer may deduct from any amount due.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Software. The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to use the Software on the number of seats purchased at the Customer's premises.
P:8.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Vendor shall deliver their source files. The Customer may use, modify and license them freely, including to third parties.
P:8.3 The Vendor shall indemnify the Customer against any third-party claim that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain or disclose it.
P:9.2 Remote access by the Vendor requires the Customer's approval for each session, through the Customer's VPN and accounts, and shall be logged. The Vendor shall not transfer Customer Data outside China. Any support file containing designs shall be deleted after the fault is closed.
P:9.3 The Vendor shall notify the Customer within twenty-four hours of any actual or suspected unauthorised access to Customer Data caused by the Vendor, cooperate in containing it, and be responsible for the Customer's losses resulting from it.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's designs, client names and prices, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete installation or to request Final Acceptance by the dates in Article 5.1, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to Articles 8.3, 9 and 10, to personal injury or to wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after notice, or if the delay under Article 11.1 exceeds sixty days. The Vendor shall then refund the amounts paid for the parts not accepted.
P:13.2 Either party may terminate by written notice if the other party becomes insolvent.
H:Article 14 Governing Law and Arbitration
P:14.1 This Agreement is governed by the laws of the State of Israel.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Tel Aviv under the rules of the Israeli Institute of Commercial Arbitration, in the English language, by a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Software specification) and Annex 2 (Documentation and training plan), is the entire agreement of the parties on its subject.
P:15.2 Amendments are valid only in writing signed by both parties. This Agreement is signed in two English originals.
P:15.3 Neither party may assign this Agreement without the other party's prior written consent.
P:For the Customer: Suzhou Jinxiu Embroidery Workshop Co., Ltd.    Name: ____________  Title: ____________  Date: ____________
P:For the Vendor: Stitchwise Technologies Ltd.    Name: ____________  Title: ____________  Date: ____________
"""

H385E02 = """# ORDER FORM AND GENERAL TERMS — KAPAZ TICKETING CLOUD

Order Form No. KTC-CN-2025-007

## PART A — ORDER FORM

### A1. Parties

**Customer:** Shiyan Wudang Pilgrim Travel Service Co., Ltd., 16 Taihe Road, Wudangshan Tourism Economic Special Zone, Shiyan, Hubei Province, People's Republic of China.

**Vendor:** Kapaz Cloud Ticketing LLC, 41 Heydar Aliyev Avenue, Ganja, Republic of Azerbaijan.

The Customer organises pilgrimage tours, temple visits and guided hikes on Wudang Mountain and sells tickets through its own website, a WeChat mini-program and partner travel agencies. The Customer subscribes to the Vendor's ticketing platform for these sales on the terms of this Order Form (Part A) and the General Terms (Part B). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

- Kapaz Ticketing Cloud, Enterprise edition: online booking and payment, timed-entry slots, group and pilgrim-society bookings, agency portal, QR ticket issue and gate scanning, capacity management and reporting.
- Up to 400,000 tickets issued per Subscription Year; 60 agency accounts; 24 gate scanners.
- Hosting: the Vendor's tenancy on a cloud provider's data centre in mainland China (Hangzhou region).
- Language: interface, tickets and receipts in Simplified Chinese and English; support in Chinese.

### A3. Term

The Initial Term is three Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A6. The subscription continues after the Initial Term only if the parties sign a renewal Order Form.

### A4. Fees

At the Customer's request all fees are stated and payable in Chinese Yuan (CNY) and include applicable taxes.

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year, 3 Subscription Years | 264,000 per Subscription Year; 792,000 in total |
| Onboarding Fee | one-time: route and pass configuration, mini-program integration, data import, training | 58,000 |
| Total fees for the Initial Term | | 850,000 |
| Ticket overage | per ticket above 400,000 in a Subscription Year | 0.35 per ticket |

### A5. Invoicing and Payment

- The Onboarding Fee is invoiced after Go-Live Acceptance.
- The Subscription Fee is invoiced quarterly in arrears, in four equal instalments of CNY 66,000 per Subscription Year.
- Overage is invoiced at the end of each Subscription Year.
- Invoices are payable within thirty days by bank transfer to the Vendor's account in CNY. No amount is invoiced before Go-Live Acceptance.

### A6. Onboarding and Go-Live Acceptance

- The Vendor will aim to make the platform ready for acceptance testing within sixty days after signature. The target date is an estimate, and the Vendor will keep the Customer informed of progress.
- Go-Live Acceptance tests, run by the Customer with the Vendor's support: (a) end-to-end sale of each ticket type through the website, mini-program and agency portal, with payment and refund; (b) scanning of QR tickets at all 24 gate scanners, online and in offline mode; (c) a load test of 3,000 bookings in ten minutes without error; (d) daily reconciliation report matching the payment provider's settlement file for five consecutive days.
- Go-Live Acceptance is confirmed by a certificate signed by the Customer. Selling tickets during testing is not acceptance.

### A7. Support Contacts

The Vendor provides a Chinese-speaking support line from 06:00 to 22:00 China Standard Time every day, and an emergency number outside those hours during the pilgrimage seasons listed in the Customer's annual calendar.

### A8. Customer Responsibilities

The Customer shall provide its pass and route rules, price lists, agency lists and historical booking data in the templates supplied by the Vendor, appoint a project lead, and make its payment provider and WeChat accounts available for integration. The Customer is responsible for the accuracy of the ticket prices and temple opening times that it configures.

## PART B — GENERAL TERMS

### B1. Service Levels

1.1 The Vendor will make the platform available at least 99.95% of the time in each calendar month, excluding maintenance windows announced at least seventy-two hours in advance and scheduled between 01:00 and 05:00 China Standard Time.

1.2 Incident priorities and response times:

| Priority | Description | Response |
|---|---|---|
| Priority 1 | Ticket sales or gate scanning unavailable for all users | 30 minutes |
| Priority 2 | A sales channel, a gate group or reporting unavailable | 2 hours |
| Priority 3 | Other faults and questions | next business day |

1.3 The service levels in this clause describe the Vendor's target performance. The Vendor will report its performance monthly. The Customer's remedies for any failure to meet these levels are limited to the Vendor's obligation to investigate the cause and to correct it; no service credit, fee reduction or other payment is due for any shortfall.

### B2. Customer Data

2.1 All data entered into or generated by the platform on behalf of the Customer, including visitor names, identity-card numbers, contact details, booking histories and sales records ("Customer Data"), belongs to the Customer.

2.2 The Vendor processes Customer Data only on the Customer's instructions and only to provide the service. The Vendor will not use Customer Data for any other purpose, including analytics for itself or for others.

2.3 Customer Data is stored and processed only in the mainland China data centre named in A2. On expiry or termination the Vendor will return all Customer Data in CSV format within thirty days and then delete it, and confirm the deletion in writing.

2.4 At the Customer's request, the Vendor shall give the Customer a list of the persons and systems that have access to Customer Data.

### B3. Data Security

3.1 The Vendor shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of all access to personal information and regular vulnerability scanning. The Vendor's platform holds an MLPS level-3 filing for the hosting region.

3.2 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing Customer Data.

3.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any security incident affecting Customer Data, cooperate with the Customer and the authorities, and bear the costs and losses that the incident causes to the Customer where the incident results from the Vendor's breach of this clause.

### B4. Confidentiality

Each party shall keep confidential the non-public business information of the other party, including prices, tour routes, sales figures and technical information, and shall use it only for this agreement. The obligation lasts for the term and three years afterwards.

### B5. Intellectual Property

5.1 The platform and all its components remain the property of the Vendor and its licensors.

5.2 Configurations, ticket designs, route and pass templates and reports created specifically for the Customer belong to the Customer, who may use, modify and pass them to any successor provider.

### B6. Subcontracting

The Vendor shall not subcontract the performance of the service, other than the hosting provider named in A2, without the Customer's prior written consent. The Vendor is responsible for its subcontractors as for itself.

### B7. Liability

7.1 Each party's total liability under this agreement is limited to twice the total fees for the Initial Term stated in A4.

7.2 The limit does not apply to breach of B2, B3 or B4, to personal injury or to fraud.

7.3 Neither party is liable for loss of profit or indirect loss, except under 7.2.

### B8. Term and Termination

8.1 This agreement runs for the Initial Term stated in A3.

8.2 Either party may terminate this agreement by written notice if the other party commits a material breach and does not cure it within thirty days after written notice.

8.3 The Customer may also terminate by written notice if Priority 1 incidents occur on more than three days in any calendar month.

8.4 On termination the Vendor refunds any fees paid for the period after termination and provides the data return under 2.3.

8.5 Clauses B2, B3, B4 and B7 survive termination or expiry of this agreement.

### B9. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to resume performance.

### B10. Governing Law and Disputes

10.1 This agreement is governed by the laws of the Republic of Azerbaijan.

10.2 Any dispute arising out of or in connection with this agreement shall be referred to and finally resolved by arbitration administered by the Baku International Arbitration Centre, with its seat in Baku. The language of the arbitration is English.

### B11. General

11.1 Notices must be in writing and sent by email with a copy by courier to the addresses in A1.

11.2 Neither party may assign this agreement without the other party's written consent.

11.3 Amendments must be in writing and signed by both parties.

11.4 This Order Form may be signed electronically; electronic signatures and scanned copies have the same effect as originals.

11.5 If any provision is invalid, the remaining provisions remain in force.

---

**Signed for the Customer:** Shiyan Wudang Pilgrim Travel Service Co., Ltd. — Name: ____________ Title: ____________ Date: ____________

**Signed for the Vendor:** Kapaz Cloud Ticketing LLC — Name: ____________ Title: ____________ Date: ____________
"""

H385E03 = """T:PURCHASE CONTRACT FOR GRAIN-MOISTURE MONITORING EQUIPMENT
P:Contract No. FN-CG-2025-044
P:Buyer: Zhoukou Fengnian Wheat Farm Co., Ltd., Fengnian Road, Shangshui County, Zhoukou, Henan Province, People's Republic of China ("Buyer").
P:Supplier: Samarkand AgroSense LLC, 9 Registan Street, Samarkand, Republic of Uzbekistan ("Supplier").
P:The Buyer farms about 3,600 hectares of winter wheat and stores and dries its harvest in twelve steel silos and four tower dryers. It has selected the Supplier, after competitive negotiation, to supply and install grain-moisture sensors, in-line analysers and monitoring software, so that drying and storage can be controlled by measured moisture instead of manual sampling. This contract is on the Buyer's standard form, with the changes agreed in the negotiation. At the Buyer's request all prices are in Chinese Yuan (CNY).
H:Section 1 Definitions
P:1.1 "Equipment" means the sensors, analysers, gateways and accessories listed in Section 2.
P:1.2 "Software" means the Supplier's GrainWatch monitoring software licensed under Section 8.
P:1.3 "Final Acceptance" means the Buyer's signed acceptance certificate under Section 5.
P:1.4 "Farm Data" means all readings, alarms, silo and dryer records and other data produced by the Equipment and the Software at the Buyer's farm.
H:Section 2 Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment and the Software, integrate the analysers with the control cabinets of the four dryers, and train the Buyer's staff.
P:2.2 The contract price is CNY 696,000 (the "Contract Price"), fixed and inclusive of taxes, duties, transport to the farm, insurance and all costs of the Supplier:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Capacitive grain-moisture cable sensors for silos|48|6,200|297,600
TB:2|In-line moisture analysers for tower dryers|4|38,500|154,000
TB:3|LoRa wireless gateways|6|4,800|28,800
TB:4|GrainWatch monitoring software, perpetual site licence|1|86,000|86,000
TB:|Hardware and Licence Subtotal|||566,400
TB:5|Installation and calibration|1 lot|72,600|72,600
TB:6|Custom integration with dryer control cabinets|1 lot|48,000|48,000
TB:7|Training of operators and maintenance staff|1 lot|9,000|9,000
TB:|Contract Price|||696,000
P:2.3 The Buyer may increase the quantities at the unit prices in the table by written order within six months after signature.
H:Section 3 Payment
P:3.1 Within fifteen days after signature, the Buyer pays an advance of 10% of the Contract Price, CNY 69,600, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 Within fifteen days after all Equipment is delivered and installed and the parties sign the installation record, the Buyer pays 65% of the Contract Price, CNY 452,400. The installation record confirms quantities and installation only; it is not acceptance.
P:3.3 Within fifteen days after Final Acceptance, the Buyer pays the remaining 25% of the Contract Price, CNY 174,000.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the farm within seventy days after signature and complete installation and calibration within thirty days after delivery, so that the system is ready before the wheat harvest.
P:4.2 The Supplier shall provide customs clearance documents, certificates of origin, CCC or other certification where required and Chinese-language manuals.
P:4.3 Delivery is complete only when all items are on site and counted against the packing list in the presence of the Buyer.
P:4.4 Packaging shall be suitable for long-distance road and rail transport and for storage in an unheated warehouse; each sensor cable shall be labelled with its silo number.
P:4.5 Risk in each item passes to the Buyer on delivery under 4.3; title passes on payment under 3.2.
H:Section 5 Acceptance
P:5.1 After installation, the system shall run through a trial of twenty days covering at least one full drying cycle of each dryer.
P:5.2 The acceptance criteria are: (a) silo sensor readings deviate from laboratory oven-method tests on at least thirty samples by no more than 0.5 percentage points of moisture; (b) each dryer analyser deviates from laboratory tests by no more than 0.8 percentage points; (c) readings from all silos and dryers reach the Software at least every ten minutes during the trial; (d) moisture alarms and the automatic dryer set-point adjustment work as specified in Annex 1; (e) manuals and training records are delivered.
P:5.3 If the criteria are met, the Buyer signs the acceptance certificate within five working days. Otherwise the Supplier corrects the defects at its cost and repeats the trial. Installation, use of the system during harvest or any payment does not amount to acceptance.
P:5.4 The Supplier shall attend the trial and the laboratory tests and may nominate a representative to witness the sampling.
H:Section 6 Warranty
P:6.1 The Supplier warrants the Equipment and the Software against defects in design, materials and workmanship for nine months after Final Acceptance. During the warranty the Supplier repairs or replaces defective items free of charge, including transport and recalibration.
P:6.2 After the warranty, the Buyer may order annual maintenance at 9% of the Hardware and Licence Subtotal, CNY 50,976 per year, a rate fixed for three years after the warranty ends. Maintenance is ordered each year by written order and is not renewed automatically.
P:6.3 The warranty period of any part repaired or replaced restarts for that part from the date of repair or replacement.
H:Section 7 Service Levels
P:7.1 Faults are classified as Priority 1 (moisture readings unavailable for a dryer or for three or more silos during harvest or drying), Priority 2 (other loss of readings or alarms) and Priority 3 (other faults).
P:7.2 The Supplier's local service engineer shall respond to a Priority 1 fault within ten hours of the Buyer's report, by telephone or remote session, and attend the farm within two days if the fault cannot be cleared remotely. Priority 2 faults shall be responded to within two working days, Priority 3 faults within five working days.
P:7.3 For each hour by which the Supplier misses the Priority 1 response time, the Supplier shall pay CNY 300. The Buyer may deduct the amount from any payment due.
P:7.4 The Supplier shall keep a stock of spare sensors, one analyser board and one gateway in Zhoukou or Zhengzhou during the harvest seasons.
H:Section 8 Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's farm and by the Buyer's staff.
P:8.2 The custom integration with the dryer control cabinets, including the configuration files, PLC logic blocks and their documentation, belongs to the Buyer. The Buyer may modify it and have it maintained by others.
P:8.3 The Supplier warrants that the Equipment and the Software do not infringe third-party rights and shall indemnify the Buyer against any such claim.
H:Section 9 Data Security
P:9.1 Farm Data belongs to the Buyer. The Supplier shall use it only to perform this contract.
P:9.2 The Software and Farm Data are hosted on the Buyer's server at the farm. Remote access by the Supplier is allowed only through an account issued by the Buyer for each service call and shall be logged. The Supplier shall not copy Farm Data or transfer it outside China.
P:9.3 The Supplier shall report any security incident affecting Farm Data caused by it within twenty-four hours, help to restore the data and compensate the Buyer's losses.
P:9.4 When the contract ends, the Supplier shall delete any Farm Data it holds and confirm the deletion in writing.
H:Section 10 Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's yields, storage quantities, prices and other non-public information and shall not disclose it to third parties without the Buyer's written consent. This duty continues for three years after the contract ends.
H:Section 11 Delay Damages and Liability
P:11.1 If the Supplier delays delivery or completion of installation, it shall pay delay damages of 0.02% of the Contract Price for each day of delay, up to 5% of the Contract Price.
P:11.2 The Supplier compensates the Buyer for direct losses caused by defects of the Equipment or the Software, including damaged grain, subject to proof.
P:11.3 If the Buyer pays late, it pays interest at the loan prime rate on the overdue amount.
P:11.4 Delay damages do not relieve the Supplier of its obligation to complete the work.
H:Section 12 Subcontracting
P:12.1 The Supplier may use a subcontractor for installation work in China only with the Buyer's prior written consent. The Supplier remains liable for the subcontractor's work.
H:Section 13 Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier is more than forty-five days late, or commits another material breach and fails to remedy it within twenty days after written notice. The Supplier shall then refund the payments received, and remove the Equipment at its cost if the Buyer so requires.
P:13.2 Either party may terminate by written notice if a force majeure event prevents performance for more than ninety days; the Buyer then pays for the items delivered and accepted.
H:Section 14 Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou. The arbitral award is final and binding on both parties.
H:Section 15 Miscellaneous
P:15.1 This contract is made in English and Chinese. Both texts are equally authentic.
P:15.2 Annex 1 (Technical specification) and Annex 2 (Delivery schedule) form part of this contract.
P:15.3 Notices are given in writing to the addresses above and are effective on receipt. Changes to this contract are valid only in writing signed by both parties.
P:Buyer: Zhoukou Fengnian Wheat Farm Co., Ltd.    Authorised representative: ____________    Date: ____________
P:Supplier: Samarkand AgroSense LLC    Authorised representative: ____________    Date: ____________
"""

H385E04 = """# MANAGED NETWORK MONITORING SERVICES AGREEMENT

**Agreement reference:** ENW-HL-2025-12

**Between**

**Jinhua Hengli Hardware Tools Co., Ltd.**, No. 88 Jinqu Road, Jindong District, Jinhua, Zhejiang Province, People's Republic of China (the "Customer"),

**and**

**Erdenet NetWatch LLC**, Khuder Street 12, Bayan-Undur District, Erdenet, Orkhon Province, Mongolia (the "Provider").

**Background.** The Customer makes hand tools, power-tool accessories and fasteners at two plants and a warehouse in Jinhua and runs a network of about 640 devices (switches, routers, firewalls, wireless controllers, access points and industrial gateways). The Provider operates a remote network operations centre and offers monitoring, alerting and first-line troubleshooting. The Customer wishes to buy those services for its network, on the terms below. At the Customer's request, all charges are in Chinese Yuan (CNY).

## 1. Definitions

1.1 **"Services"** means the monitoring, alerting, incident handling, reporting and change support described in clause 2 and Schedule 1.

1.2 **"Service Commencement Date"** means the date on which the Customer signs the Service Acceptance Certificate under clause 4.

1.3 **"Customer Data"** means the configurations, logs, traffic statistics, device inventories and all other data of the Customer that the Provider collects or receives in providing the Services.

1.4 **"Monthly Charge"** means the charge set out in Schedule 2.

## 2. Services

2.1 The Provider shall monitor every in-scope device around the clock, detect and classify incidents, notify the Customer's IT staff, perform first-line remote troubleshooting and coordinate with the Customer's hardware vendors and carriers.

2.2 The Provider shall install two monitoring collectors in the Customer's server room in Jinhua. The collectors are the Provider's property and are included in the charges.

2.3 The Provider shall deliver a monthly service report with incident statistics, capacity trends and recommendations, and attend a quarterly review meeting in Jinhua or by video.

2.4 Changes to device configurations are made only on the Customer's written change request, within the agreed change windows.

2.5 The Provider shall keep an up-to-date inventory of monitored devices and update it within five working days after each change notified by the Customer.

2.6 The Provider shall join the Customer's incident calls for P1 incidents and provide a written incident report within three business days.

## 3. Term

3.1 This Agreement starts on signature. The Services run for an Initial Term of twenty-four months from the Service Commencement Date.

3.2 The Agreement ends at the end of the Initial Term unless the parties sign a written extension, at charges to be agreed.

3.3 Any extension shall be recorded in a written amendment that states the new term and the charges.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall complete onboarding within forty-five days after signature. Onboarding includes discovery of all devices, installation of the collectors, configuration of thresholds and alert routing, and runbooks for the ten most common incident types.

4.2 Service Acceptance tests are: (a) at least 98% of the devices in the inventory agreed in writing are discovered and monitored; (b) test alarms for link failure, device failure, high CPU and high temperature reach the Customer's on-call staff within five minutes; (c) a fourteen-day parallel run in which the Provider detects every incident that the Customer's own tools detect; (d) the runbooks are approved by the Customer.

4.3 The Customer signs the Service Acceptance Certificate when the tests are passed. Monitoring during onboarding is not acceptance.

4.5 The Customer shall give the Provider read-only access to the devices, a site contact for the collector installation and the information needed for discovery.

4.4 If the Provider does not achieve the Service Commencement Date within forty-five days after signature for reasons attributable to it, the Provider shall pay CNY 1,200 for each day of delay.

## 5. Service Levels

5.1 Incident priorities, response times and restoration targets are set out in Schedule 1.

5.2 For each incident in which the Provider misses the response time, the Provider shall credit 2% of the Monthly Charge; for each missed restoration target, 3% of the Monthly Charge. Credits in any month are capped at 25% of the Monthly Charge and are deducted from the next invoice.

5.3 The Provider shall measure and report its performance against Schedule 1 each month.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 2.

6.2 The Onboarding Charge is invoiced after the Service Acceptance Certificate is signed. The Monthly Charge is invoiced monthly in arrears from the Service Commencement Date.

6.3 The Customer pays undisputed invoices within thirty days by bank transfer in CNY. Nothing is payable in advance.

6.4 The charges are fixed for the Initial Term.

## 7. Customer Data

7.1 Customer Data belongs to the Customer.

7.2 The Provider may use Customer Data only to provide the Services to the Customer and shall not sell it, disclose it for the benefit of others or use it for any other purpose.

7.3 At the end of this Agreement the Provider shall hand all Customer Data back to the Customer in a usable format.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information it receives from the other party, including network diagrams, device credentials, production volumes and prices, and shall use it only to perform this Agreement.

8.2 Neither party shall disclose such information to any third party without the prior written consent of the other, except to its employees and advisers who need to know it and are bound by equal duties. These obligations last for three years after this Agreement ends.

8.3 On request, each party shall return or destroy the other party's confidential information at the end of this Agreement.

## 9. Intellectual Property

9.1 The Provider keeps all rights in its monitoring platform, tools and general know-how.

9.2 Runbooks, thresholds, dashboards and reports prepared for the Customer belong to the Customer, which may use, change and give them to any other provider.

9.3 The Provider warrants that its tools do not infringe the rights of any third party.

## 10. Subcontracting

10.1 The Provider may engage subcontractors, including a field-service partner in Zhejiang for on-site work, by giving the Customer ten days' written notice of the subcontractor's name and role.

10.2 The Provider remains responsible for the performance of its subcontractors.

## 11. Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term set out in Schedule 2.

11.2 The limit does not apply to personal injury, fraud or breach of clause 8.

11.3 Neither party is liable for indirect or consequential loss or loss of profit.

## 12. Ending the Agreement

12.1 The Agreement ends at the end of the Initial Term under clause 3.2.

12.2 Neither party may terminate this Agreement before the end of the Initial Term. If the Provider fails to meet the service levels, the Customer's remedies are the service credits under clause 5.2 and the escalation procedure in clause 13; if the Customer pays late, the Provider may charge interest at the loan prime rate.

12.3 If a force majeure event prevents the performance of the Services for more than ninety consecutive days, the parties shall discuss in good faith how to continue.

12.4 On expiry, the Provider shall remove its collectors within thirty days and hand over the runbooks and reports.

## 13. Escalation

13.1 Service issues are first raised with the Provider's service manager, then with the Provider's operations director, then with the managing directors of both parties. Each level has ten working days to resolve the issue.

13.2 Escalation does not prevent either party from applying to the court under clause 14.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes not resolved under clause 13 shall be submitted to the people's court with jurisdiction over the Customer's domicile in Jinhua.

## 15. General

15.1 This Agreement is written in English; a Chinese translation is for reference.

15.2 Notices are given in writing to the addresses above, with a copy by email.

15.3 No amendment is effective unless in writing and signed by both parties.

15.4 Neither party may assign this Agreement without the other party's written consent.

---

## Schedule 1 — Incident Priorities and Service Levels

| Priority | Definition | Response time | Restoration target |
|---|---|---|---|
| P1 | A plant or the warehouse network is down, or a core switch or firewall is down | 15 minutes | 2 hours |
| P2 | A production line, building or critical link is degraded or down | 30 minutes | 6 hours |
| P3 | A single device or user group affected, no production impact | 2 hours | next business day |
| P4 | Requests and questions | 1 business day | as agreed |

Response time means the time from detection by the Provider's monitoring, or from the Customer's report, to the moment an engineer of the Provider starts work on the incident and informs the Customer.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Charge | one-time | 64,000 |
| Monthly Charge | per month, 24 months | 46,500 per month; 1,116,000 in total |
| Total charges for the Initial Term | | 1,180,000 |

All charges include taxes, the collectors, travel for quarterly reviews and all other costs of the Provider.

**Signed for the Customer:** ____________ Name / Title: ____________ Date: ____________

**Signed for the Provider:** ____________ Name / Title: ____________ Date: ____________
"""

H385E05 = """API SUBSCRIPTION AGREEMENT
TIMBER LEGALITY VERIFICATION SERVICE

Agreement No. GDV-XM-2025-0093

PARTIES

Customer: Xiamen Haisi Furniture Export Platform Co., Ltd., Room 1205, 8 Xiangyun Road, Huli District, Xiamen, Fujian Province, People's Republic of China.

Vendor: Gagauz Data Verify SRL, 45 Lenin Street, Comrat, Autonomous Territorial Unit of Gagauzia, Republic of Moldova.

BACKGROUND

The Customer runs an online platform through which Chinese furniture factories sell to importers in Europe, North America and Australia. Importers must show that the timber in each product was legally harvested and traded. The Vendor operates an API that checks timber species, origin, harvest permits, export licences and supply-chain documents against public and licensed registers and returns a risk rating and a due-diligence report. The Customer wishes to call the API from its platform for each product listing and shipment. At the Customer's request, all fees are stated and payable in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "API" means the Vendor's timber legality verification interface, its documentation and the report service behind it.
1.2 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period between two anniversaries.
1.3 "Service Start Date" means the date on which the Customer signs the Integration Acceptance Certificate under clause 4.
1.4 "Customer Data" means all product, supplier, shipment and document data, including scanned permits and invoices, that the Customer or its users submit to the API, and all reports produced from it.
1.5 "Integration Work" means the one-time work described in clause 3.

2. SERVICE

2.1 The Vendor shall provide the API to the Customer's platform for the Subscription Years in the Schedule, with up to 90,000 verification calls per Subscription Year.
2.2 Each call returns, within the response time in clause 6, a risk rating (low, specified or high), the registers consulted, the gaps found and a PDF due-diligence report suitable for EUDR and Lacey Act files.
2.3 The Vendor shall keep its register sources up to date and inform the Customer of any source that becomes unavailable.
2.4 The Vendor shall give the Customer access to a test environment with sample data during the Initial Term.

3. INTEGRATION WORK

3.1 The Vendor shall map the Customer's product and supplier data model to the API, build the document-upload connector for the Customer's platform, configure report templates in Chinese and English, and train the Customer's compliance team.
3.2 The Vendor shall complete the Integration Work within fifty days after signature.
3.3 If the Integration Work is not ready for acceptance testing by that date for reasons attributable to the Vendor, the Vendor shall pay CNY 300 for each day of delay.

4. INTEGRATION ACCEPTANCE

4.1 Acceptance tests: (a) 500 test listings chosen by the Customer are verified end to end and the ratings agree with a manual review by the Customer's compliance team in at least 480 cases, with no high-risk item rated low; (b) the connector uploads documents of up to 20 MB without error; (c) reports are produced in both languages with the Customer's branding; (d) 200 calls per minute are handled for one hour within the response time.
4.2 When the tests are passed, the Customer signs the Integration Acceptance Certificate. Use of the API during testing is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are set out in the Schedule.
5.2 On signature of this Agreement, the Vendor invoices the Integration Fee together with the Subscription Fee for the first Subscription Year. The Customer shall pay that invoice within fifteen days, and in any case before the Vendor starts the Integration Work.
5.3 The Subscription Fee for each later Subscription Year is invoiced thirty days before that Subscription Year starts and is payable before it starts.
5.4 Calls above the annual allowance are invoiced quarterly in arrears at the overage rate in the Schedule.
5.5 Fees paid are not refundable, except under clause 13.2.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, measured at the Vendor's gateway, excluding maintenance announced five days in advance.
6.2 Ninety-five in every hundred calls in a month shall return a result within eight seconds.
6.3 Support incidents are prioritised as follows. Priority 1 (the API is unavailable or returns errors for all calls): response within one hour, workaround within six hours. Priority 2 (degraded service, or wrong reports for some calls): response within three working hours, correction within two business days. Priority 3 (questions, documentation, minor defects): response within two business days.
6.4 If monthly availability falls below the level in 6.1, the Vendor shall credit 5% of one-twelfth of the annual Subscription Fee for each started 0.1 percentage point of shortfall, and if a Priority 1 response is late, CNY 800 per late hour. Credits are set off against the next invoice or, at the end of the term, paid in cash.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Vendor may process it only to provide the API to the Customer and shall not use it to build, enrich or sell registers, risk models or reports for others.
7.2 Customer Data is processed and stored only in the Vendor's deployment in a mainland China cloud region operated under the Customer's account structure. No Customer Data is transferred to Moldova or elsewhere outside China.

8. DATA SECURITY

8.1 The Vendor shall keep Customer Data secure by encryption in transit and at rest, access control with multi-factor authentication, audit logging and annual penetration tests, and shall give the Customer the test summaries on request.
8.2 The Vendor shall notify the Customer of any security incident affecting Customer Data within twenty-four hours after becoming aware of it, take immediate steps to contain it and compensate the Customer's losses from any incident caused by the Vendor's failure to meet this clause.
8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's supplier lists, customer lists and prices and the Vendor's register licences and methods, and shall not disclose it to third parties without prior written consent.
9.2 This duty continues for three years after this Agreement ends.

10. INTELLECTUAL PROPERTY

10.1 The Vendor keeps all rights in the API, its registers and its methods.
10.2 The data mappings, the connector and the report templates made for the Customer in the Integration Work belong to the Customer. The Customer may use, change and give them to another provider.
10.3 Reports delivered to the Customer may be used and passed on by the Customer and its users without limit.

11. SUBCONTRACTING

11.1 The Vendor shall not subcontract any part of the service, other than the cloud hosting named in 7.2, without the Customer's prior written consent.

12. TERM AND RENEWAL

12.1 The Initial Term is two Subscription Years.
12.2 At the end of the Initial Term and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives notice of non-renewal at least sixty days before the end of the current term.
12.3 For each renewal, the Vendor may increase the Subscription Fee and the overage rate by up to 10% by notice given at least seventy-five days before the renewal date.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after written notice.
13.2 If the Customer terminates under 13.1, the Vendor refunds the Subscription Fee paid for the remainder of the Subscription Year, pro rata.
13.3 On termination or expiry the Vendor returns all Customer Data within thirty days and then deletes it.
13.4 Clauses 7, 8, 9 and 14 survive termination or expiry.

14. LIABILITY

14.1 The Vendor's total liability under or in connection with this Agreement is limited to the fees paid by the Customer in the six months before the event giving rise to the claim.
14.2 This limit does not apply to personal injury, fraud or breach of clause 8.
14.3 Neither party is liable for lost profits or indirect loss.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules.

16. GENERAL

16.1 Notices are given in writing in English by email and courier to the addresses above.
16.2 Neither party may assign this Agreement without the other's written consent.
16.3 This Agreement and its Schedule are the entire agreement on the API service.
16.4 If any provision is held invalid, the rest of this Agreement remains in force.
16.5 Amendments are valid only if made in writing and signed by both parties.

SCHEDULE - FEES

Item                          Basis                                   Amount (CNY)
Subscription Fee              per Subscription Year                   186,000
Initial Term                  two Subscription Years                  372,000
Integration Fee               one-time, Integration Work              44,000
Total for the Initial Term                                            416,000
Overage                       per call above 90,000 per Subscription Year   1.60

Invoice on signature: Integration Fee CNY 44,000 + first Subscription Year CNY 186,000 = CNY 230,000.

SIGNATURES

For the Customer: Xiamen Haisi Furniture Export Platform Co., Ltd.
Name: ____________  Title: ____________  Date: ____________

For the Vendor: Gagauz Data Verify SRL
Name: ____________  Title: ____________  Date: ____________
"""

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# name, format, source, lang, category, terms (in TERM_KEYS order), extra, fee base (goods), forum outside mainland
CONTRACTS = {
    "h385z01": ("h385z01_market_regulator_special_equipment_platform", "pdf", H385Z01, "zh", "software",
                [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 10, False, True, False,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1580000), 560000, False),
    "h385z02": ("h385z02_tempered_glass_furnace_control_retrofit", "docx", H385Z02, "zh", "hardware",
                [None, 0.25, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 28, False, True, False,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1360000), 1122000, False),
    "h385z03": ("h385z03_kids_photo_chain_booking_saas", "txt", H385Z03, "zh", "cloud",
                [99.5, 0.5, True, "buyer", True, False, True, 0.1, 150, None, True, None, None, None, True, True,
                 False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1044000),
                None, False),
    "h385z04": ("h385z04_drainage_network_monitoring_om", "txt", H385Z04, "zh", "services",
                [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                 False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=836000),
                None, False),
    "h385z05": ("h385z05_ciba_factory_mes_supplier_template", "md", H385Z05, "zh", "software",
                [None, None, False, "supplier", True, True, False, 0.02, 20, 50, False, False, 6, None, False, True,
                 True, None, G],
                dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=960000), 484000, False),
    "h385e01": ("h385e01_embroidery_stitch_planning_licences_il_vendor", "pdf", H385E01, "en", "software",
                [None, 2, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 11, False, True, False,
                 "Israel", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=798000), 513000, True),
    "h385e02": ("h385e02_wudang_tour_ticketing_saas_order_form", "md", H385E02, "en", "cloud",
                [99.95, 0.5, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                 False, "Azerbaijan", S],
                dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=850000),
                None, True),
    "h385e03": ("h385e03_wheat_farm_grain_moisture_sensors", "docx", H385E03, "en", "hardware",
                [None, 10, True, "buyer", True, True, True, 0.02, None, 10, True, True, 9, 9, False, True, False,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=696000), 566400, False),
    "h385e04": ("h385e04_hardware_tools_managed_network_monitoring", "md", H385E04, "en", "services",
                [None, 0.25, True, "buyer", False, True, True, 1200 / 1180000 * 100, 150, None, True, None, None,
                 None, False, False, True, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1180000),
                None, False),
    "h385e05": ("h385e05_furniture_timber_legality_api", "txt", H385E05, "en", "cloud",
                [99.95, 1, True, "buyer", True, True, True, 300 / 416000 * 100, 6 / 24 * 100,
                 (44000 + 186000) / 416000 * 100, True, None, None, None, True, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=416000),
                None, False),
}

EXPECTED = {  # what I expect, written by hand; checked against the derivation below
    "h385z01": [],
    "h385z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h385z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h385z04": [],
    "h385z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                "CR-WARRANTY"],
    "h385e01": ["CR-GOVERNING-LAW"],
    "h385e02": ["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "h385e03": ["CR-LD-LOW", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h385e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-TERMINATION"],
    "h385e05": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-PREPAYMENT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, x, base):
    """policy §4: 5-year horizon from acceptance; post-warranty years pro rata; None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    fee = t["post_warranty_fee_pct"] / 100 * base
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * fee
    total = x["contract_value"] + post
    return fee, years, post, total, post / total * 100


def derive(t, x, base, forum_out):
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, x, base)
        if c and c[4] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
CN = "〇零一二三四五六七八九十百千两"
PCT = r"\s*(?:%|％|percent\b|per\s*cent\b)"
THRESHOLD_PATTERNS = [
    ("availability 99.9", r"(?<![\d.])99\.9(?![\d])"),
    ("P1 4 hours", r"(?<![\d.])4\s*-?\s*(?:business\s+|working\s+|clock\s+)?(?:hours?\b|hrs?\b|h\b|个?\s*(?:工作)?\s*小时)"),
    ("P1 四小时", r"(?<![" + CN + r"])四\s*个?\s*(?:工作)?\s*小时"),
    ("P1 four hours", r"(?<![-\w])four[\s-]+(?:business\s+|working\s+)?hours?\b"),
    ("P1 240 minutes", r"(?<![\d.])240\s*(?:分钟|minutes?\b|mins?\b)"),
    ("LD 0.05 %", r"(?<![\d.])0\.05(?!\d)" + PCT),
    ("LD 万分之五", r"万分之五(?![" + CN + r"\d])"),
    ("cap 100 %", r"(?<![\d.])100(?:\.0+)?" + PCT),
    ("cap 百分之百", r"百分之(?:一)?百(?![" + CN + r"])"),
    ("cap one hundred per cent", r"\bone\s+hundred" + PCT),
    ("prepayment 30 %", r"(?<![\d.])30(?:\.0+)?" + PCT),
    ("prepayment 百分之三十", r"百分之三十(?![" + CN + r"])"),
    ("prepayment 三成", r"三成"),
    ("prepayment thirty per cent", r"\bthirty" + PCT),
    ("warranty 12 months", r"(?<![\d.])12\s*-?\s*(?:个月|months?\b)"),
    ("warranty 十二个月", r"(?<![" + CN + r"])十二\s*个\s*月"),
    ("warranty twelve months", r"\btwelve[\s-]+(?:calendar\s+)?months?\b"),
    ("warranty one year", r"\bone[\s-]+years?\b"),
    ("warranty 1 year", r"(?<![\d.])1\s*-?\s*(?:年|years?\b)"),
    ("warranty 一年", r"(?<![" + CN + r"\d])一\s*年"),
    ("post-warranty 15 %", r"(?<![\d.])15(?:\.0+)?" + PCT),
    ("post-warranty 百分之十五", r"百分之十五(?![" + CN + r"])"),
    ("post-warranty fifteen per cent", r"\bfifteen" + PCT),
    ("TCO 40 %", r"(?<![\d.])40(?:\.0+)?" + PCT),
    ("TCO 百分之四十", r"百分之四十(?![" + CN + r"])"),
    ("TCO forty per cent", r"\bforty" + PCT),
    ("horizon 5 years", r"(?<![\d.])5\s*-?\s*(?:年|years?\b)"),
    ("horizon 五年", r"(?<![" + CN + r"\d])五\s*年"),
    ("horizon five years", r"\bfive[\s-]+years?\b"),
    ("horizon 60 months", r"(?<![\d.])60\s*-?\s*(?:个月|months?\b)"),
    ("horizon 六十个月", r"(?<![" + CN + r"])六十\s*个\s*月"),
    ("horizon sixty months", r"\bsixty[\s-]+months?\b"),
]
THRESHOLD_RES = [(n, re.compile(p, re.I)) for n, p in THRESHOLD_PATTERNS]
MUST_HIT = ["可用率99.9%", "99.9 %", "4小时内响应", "4 小时", "4个小时", "四小时", "四个工作小时", "4 hours", "4-hour",
            "four hours", "within four business hours", "240分钟", "240 minutes", "0.05%", "0.05 per cent",
            "万分之五", "100%", "100 %", "百分之百", "30%", "30 per cent", "百分之三十", "三成", "thirty percent",
            "12个月", "十二个月", "12 months", "12-month", "twelve months", "one year", "one-year", "1年", "一年",
            "1 year", "15%", "15 %", "百分之十五", "fifteen per cent", "40%", "百分之四十", "forty per cent", "5年",
            "五年", "5 years", "5-year", "five years", "five-year", "60个月", "六十个月", "60 months", "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "十四小时", "24 hours", "twenty-four hours", "14 hours", "99.95%", "99.5%",
                "115%", "0.15%", "150%", "1.5倍", "四十二个月", "二十四个月", "十八个月", "24 months", "2025年",
                "2026年6月30日", "2021年", "0.5%", "45%", "130%", "万分之五十", "万分之八", "0.08%", "百分之三十五",
                "百分之四十五", "三十日", "30日", "30 days", "60日", "60 days", "eighteen months", "二十五年", "十五年",
                "十一年", "0.4 hours", "14-hour", "40 minutes", "2400 minutes", "15 minutes", "十五分钟", "6小时",
                "12 working hours", "每年", "服务年度", "Subscription Year", "15日", "115 days", "1.5 years"]


def self_test():
    for s in MUST_HIT:
        assert any(rx.search(s) for _, rx in THRESHOLD_RES), ("regex misses", s)
    for s in MUST_NOT_HIT:
        hits = [n for n, rx in THRESHOLD_RES if rx.search(s)]
        assert not hits, ("regex false hit", s, hits)


def scan(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    found = []
    for n, rx in THRESHOLD_RES:
        for v in variants[:2] + ([variants[2]] if re.search(r"[\u4e00-\u9fff]", text) else []):
            m = rx.search(v)
            if m:
                found.append((n, v[max(0, m.start() - 20):m.end() + 20]))
                break
    return found


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (stem, fmt, src, *_rest) in CONTRACTS.items():
        if fmt in ("docx", "pdf"):
            sources[key] = src
            targets[key] = (stem + "." + fmt, fmt)
        else:
            (OUT / (stem + "." + fmt)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + fmt)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    problems = []
    for key, (stem, fmt, src, lang, cat, vals, extra, base, forum_out) in CONTRACTS.items():
        terms = dict(zip(TERM_KEYS, vals))
        assert len(vals) == len(TERM_KEYS), key
        rules = derive(terms, extra, base, forum_out)
        assert rules == sorted(EXPECTED[key]), (key, rules, EXPECTED[key])
        covered |= set(rules)
        # no derived value on a threshold
        assert terms["availability_pct"] != 99.9 and terms["p1_response_hours"] != 4, key
        assert terms["ld_rate_per_day_pct"] is None or abs(terms["ld_rate_per_day_pct"] - 0.05) > 1e-6, key
        assert terms["liability_cap_pct"] is None or abs(terms["liability_cap_pct"] - 100) > 1e-6, key
        assert terms["prepayment_pct"] is None or abs(terms["prepayment_pct"] - 30) > 1e-6, key
        assert terms["warranty_months"] not in (12, 60), key
        assert terms["post_warranty_fee_pct"] != 15, key
        c = tco(terms, extra, base)
        if c:
            assert abs(c[4] - 40) > 0.5, key
        label = {"file": stem + "." + fmt, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / (stem + "." + fmt))
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        ok = lo <= size <= hi
        hits = scan(text) + scan(src)
        tco_s = "" if not c else " TCO %.0f + %.2f y x %.0f = %.0f, share %.2f %%" % (
            extra["contract_value"], c[1], c[0], c[3], c[4])
        print("%s %-5s %s %5d %s | %s | risk %s%s" % (key, fmt, lang, size, "ok" if ok else "OUT OF RANGE",
                                                   ", ".join(rules) or "(none)", risk(rules), tco_s))
        if not ok:
            problems.append((key, "length", size))
        if hits:
            problems.append((key, "threshold text", hits))
    missing = [r for r in ALL_RULES if r not in covered]
    print("rules covered:", len(covered), "of", len(ALL_RULES), "missing:", missing)
    mix = sorted(len(EXPECTED[k]) for k in EXPECTED)
    print("findings per contract:", mix)
    for p in problems:
        print("PROBLEM", p)
    assert not missing
    assert not problems


if __name__ == "__main__":
    main()
