"""holdout403: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, scans them for threshold figures and
checks that the expected rules (derived here from the labels by my own reading of policy.md §3) cover all 20 CR rules.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H403Z01 = """T:河湖长制巡河管理平台建设项目合同
P:合同编号：LSJ-ZFCG-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临溪市水利局　　地址：临溪市滨江路88号
P:乙方（供应商）：江澄数智科技有限公司　　地址：南昌市红谷滩区丰和中大道1099号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就河湖长制巡河管理平台（以下简称“平台”）的软件许可与定制开发事项，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供巡河管理平台软件许可（永久使用，不限用户数）及移动巡河APP许可，并完成以下定制开发：河湖“一河一档”档案管理、巡河轨迹与问题上报、问题交办流转与督办、“一河一策”任务管理、考核评分及领导驾驶舱。
P:1.2 乙方负责与省级河长制信息系统、市水文监测系统及市政务服务平台统一身份认证的接口对接，并迁移甲方现有巡河记录及河湖名录数据。
P:1.3 平台部署于临溪市政务云，甲方提供云资源，乙方负责安装、配置、调试、培训及质保期内的维护。
P:1.4 平台应支持全市1,830名各级河长及巡河员同时使用，移动端支持离线巡河、轨迹自动记录及问题照片水印，并与市级河长制公众号对接，方便群众投诉举报。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾万元整（¥1,200,000.00），为固定总价，含税，明细如下：
P:（1）巡河管理平台软件许可，1套，¥486,000；（2）移动巡河APP许可，1套，¥126,000；以上软件许可小计¥612,000；（3）定制开发，¥438,000；（4）接口对接及数据迁移，¥96,000；（5）实施及培训，¥54,000。
P:2.2 合同总价已包含乙方履行本合同的全部费用，甲方不再支付其他任何费用。
P:2.3 乙方应保证其报价不高于同期向其他同类采购人提供同等产品和服务的价格。
H:第三条 付款方式
P:3.1 合同签订后，乙方开具等额发票，甲方于10个工作日内支付合同总价的20%作为预付款，即¥240,000。
P:3.2 平台上线试运行并通过初验后，甲方支付合同总价的45%，即¥540,000。
P:3.3 平台通过终验后，甲方支付合同总价的35%，即¥420,000。
P:3.4 甲方通过国库集中支付系统付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成平台部署、定制开发及接口对接并提交初验申请；初验通过后进入为期60日的试运行，试运行结束后申请终验。
P:4.2 乙方应按周提交项目进度报告，并派驻项目经理一名，未经甲方同意不得更换。
P:4.3 乙方应对市、县、乡三级河长办工作人员及巡河员分批开展培训，培训不少于6场，并提供操作手册和培训视频。
P:4.4 乙方应在合同签订后7日内向甲方提交合同总价5%的履约保证金（可采用银行保函形式），终验合格后无息退还。
H:第五条 验收
P:5.1 初验标准：定制功能全部按需求规格说明书实现，功能测试用例通过率不低于98%；与省级河长制系统、水文监测系统的接口连续7日数据同步无差错；迁移数据经甲方抽检核对一致；500名用户并发时页面响应不超过3秒。
P:5.2 终验标准：试运行期间无一级故障，累计二级故障不超过3次；第三方软件测评机构出具的测试报告及等级保护测评中无高风险问题；技术文档、源代码及操作手册齐全。
P:5.3 验收由甲方组织，验收合格后双方签署验收报告。平台上线运行、甲方使用或支付款项，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口调整及技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过软件许可小计的9%（即不超过¥55,080/年），且自质保期满起三个服务年度内不得上调。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级响应：一级故障（平台整体不可用或巡河数据无法上报）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障1个工作日内响应。
P:7.3 一级故障响应或恢复每超时1小时，扣减维护保证金500元；月度可用率每低于约定值0.01个百分点，扣减1,000元。扣减不足部分从应付款中抵扣。
H:第八条 数据安全
P:8.1 平台中的巡河记录、河湖档案、问题台账、轨迹及照片等全部数据归甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存或用于其他任何目的。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，运维操作经甲方审批并通过堡垒机进行，不得将数据导出政务云。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:乙方对在履行合同中知悉的甲方工作秘密、河湖管理信息及个人信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发成果（含源代码、接口程序、数据库设计及文档）的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
P:10.2 平台原有软件的知识产权仍归乙方，甲方享有本合同约定的永久使用权。乙方保证所交付成果不侵犯任何第三方权利。
H:第十一条 分包
P:本项目不允许分包或转包。
H:第十二条 违约责任
P:12.1 乙方逾期完成交付或验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 逾期超过30日或平台经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权书面通知解除本合同。
H:第十四条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，可部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十五条 法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临溪市水利局　　　　乙方（盖章）：江澄数智科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2025年6月18日
"""

H403Z02 = """T:复卷机控制系统改造及维保合同
P:合同编号：HX-SB-2025-0623
P:甲方（买方）：浙江禾溪纸业有限公司　　住所：浙江省衢州市龙游县工业园区禾溪路6号
P:乙方（卖方）：杭州匀张自动化工程有限公司　　住所：杭州市余杭区五常大道181号
P:甲方二号纸机配套复卷机（幅宽3,600毫米）原控制系统老化，断纸频繁。经询价比选，甲方选定乙方承担控制系统改造及后续维保，双方订立本合同，共同遵守。
H:一、改造范围
P:（一）拆除原控制柜及直流传动装置，新装PLC控制柜、交流变频传动、张力控制系统及HMI操作站，更换现场传感器。
P:（二）乙方负责控制程序编制、传动参数整定、张力曲线优化，并与甲方DCS系统及MES系统对接，实现卷径、张力、速度及断纸记录数据上传。
P:（三）改造施工须在甲方安排的停机窗口（不超过8天）内完成，乙方应提前提交施工方案及停机计划。
P:（四）改造后复卷机设计车速不低于2,200米/分钟，断纸后自动停车时间不超过8秒，卷取张力波动控制在设定值±3%以内；乙方应在投标方案中说明实现措施。
P:（五）乙方应在改造前完成现场勘察，核对原有电缆、电机及机械传动状况，发现需甲方另行处理的问题应书面告知甲方。
H:二、合同价格
P:（一）合同总价为人民币壹佰贰拾万零捌仟元整（¥1,208,000），含税、运输、保险及安装费用，明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含冗余CPU、I/O模块）|1套|386,000|386,000
TB:2|交流变频传动单元|5套|58,000|290,000
TB:3|张力传感器及张力控制器|4套|23,500|94,000
TB:4|HMI操作站|2台|36,000|72,000
TB:5|复卷控制软件许可（永久）|1套|128,000|128,000
TB:|软硬件小计|||970,000
TB:6|设计、编程及调试|1项|156,000|156,000
TB:7|停机改造安装|1项|64,000|64,000
TB:8|操作及维修培训|1项|18,000|18,000
TB:|合同总价|||1,208,000
P:（二）上述单价在合同履行期间固定不变。
P:（三）甲方如需增购备品备件，在质保期内按上表单价执行；乙方应保证停产前至少提前六个月书面通知甲方，并提供替代型号。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥241,600。
P:（二）设备全部到达甲方现场并经甲方清点签收后，甲方支付合同总价的55%，即¥664,400。
P:（三）安装调试完成、复卷机恢复生产后，甲方支付合同总价的25%，即¥302,000。
P:（四）乙方每次收款前应开具等额增值税专用发票。
H:四、交货与安装调试
P:（一）乙方应于合同签订后75日内将全部设备运至甲方现场。
P:（二）乙方应在甲方停机窗口内完成安装调试，使复卷机恢复生产。
P:（三）复卷机安装调试完成并恢复生产之日，即视为甲方验收合格。甲方不另行组织验收。
P:（四）设备包装应适合长途运输及多次装卸，并附装箱单、合格证、出厂检验报告及中文说明书；因包装不当造成的损坏由乙方负责。
P:（五）乙方施工人员应遵守甲方安全生产管理制度，办理动火、登高及临时用电作业票，佩戴劳动防护用品；因乙方人员违章造成的人身或财产损失由乙方承担。
P:（六）乙方应为甲方电气及操作人员提供不少于3天的现场培训，内容包括系统操作、参数调整、常见故障判断及备件更换，并提交电气图纸、程序备份及备件清单。
H:五、质量保证
P:（一）乙方保证所供设备为全新原厂产品，质保期为十八个月，自安装调试完成之日起计算。
P:（二）质保期内，设备及软件出现质量问题的，乙方免费维修或更换，并承担往返运输费用。
P:（三）质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的8%计取，即每服务年度¥77,600，三个服务年度内不调价；此后如需调整，由双方书面协商确定。
H:六、服务响应
P:（一）故障分级：一级故障指复卷机因控制系统原因停机；二级故障指部分功能异常但可维持生产；三级故障指一般咨询及参数调整。
P:（二）一级故障乙方应在15分钟内电话响应，2小时内远程处理，仍不能排除的，8小时内派工程师到场；二级故障2小时内响应，48小时内解决；三级故障1个工作日内答复。
P:（三）一级故障响应或到场每超时1小时，乙方按800元/小时向甲方支付违约金，可从维保费或质保金中扣除。
H:七、数据与网络安全
P:（一）复卷机运行参数、配方、张力曲线及生产记录等数据归甲方所有，乙方不得复制、留存或用于其他用途。
P:（二）乙方远程维护须经甲方当班负责人审批，通过甲方提供的VPN及堡垒机登录，每次操作留存日志；乙方不得在控制网络中接入未经检测的移动存储介质。
P:（三）发生病毒感染、数据泄露或篡改等安全事件的，乙方应在2小时内告知甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿损失。
H:八、保密
P:双方对在合作中获知的对方技术资料、工艺参数及商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:九、知识产权
P:（一）乙方为本项目编写的PLC程序（含源代码及注释）、HMI画面、张力控制曲线及技术文档归甲方所有，甲方可自行修改或委托他人修改。
P:（二）变频器固件及复卷控制软件的知识产权仍属其权利人，甲方享有永久使用许可。
H:十、分包
P:乙方可将电气安装、桥架敷设及电缆施工分包给具备相应资质的安装单位，但应提前三日书面告知甲方分包单位名称。乙方对分包单位的工作质量和安全承担全部责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但因故意、重大过失或人身伤害造成的损失除外。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:十二、合同解除
P:任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:十三、不可抗力
P:因不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在事件结束后10日内提供证明；双方据此协商延期履行或部分免责。
H:十四、法律适用及争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交衢州仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：浙江禾溪纸业有限公司　　乙方（盖章）：杭州匀张自动化工程有限公司
P:授权代表：__________　　授权代表：__________　　日期：2025年6月23日
"""

H403Z03 = """洗衣门店收衣及会员管理SaaS服务合同

合同编号：JJ-IT-2025-031

甲方（客户）：成都净洁洗衣连锁管理有限公司
地址：成都市武侯区天府大道北段1700号
乙方（服务商）：上海衣序云科技有限公司
地址：上海市闵行区宜山路2000号

鉴于甲方在成都、绵阳、德阳共经营45家直营洗衣门店，需要统一的收衣、取衣、工厂分拣及会员储值管理系统；乙方拥有“衣序云”洗衣行业SaaS平台。双方经协商，就甲方订阅该平台及乙方提供实施服务订立本合同。
甲方原使用的单机版收衣软件各店数据分散，会员无法跨店消费；本项目上线后应实现会员在全部门店通用储值、积分及优惠券，并由总部统一查看各门店及洗涤工厂的经营数据。

1. 服务内容
1.1 乙方向甲方45家门店开通门店收衣端，并开通总部管理端及会员营销模块，包括收衣开单、衣物条码及挂牌、洗涤工厂分拣、取衣核销、会员储值与积分、优惠券、短信及小程序通知、经营报表。
1.2 实施服务：乙方负责门店账号及权限配置、价目表设置、原系统会员数据（约8.6万名会员及储值余额）迁移、门店扫码枪和小票打印机调试，并对各门店店长及收衣员进行培训。
1.3 平台部署于乙方租用的境内云服务器，乙方负责平台的运行、维护和升级。
1.4 乙方提供每日8:00至22:00的客服热线及在线工单服务，门店营业时间内的问题由乙方专属客户成功经理跟进；平台版本升级应安排在门店非营业时间进行，并提前3日通知甲方。
1.5 服务期内甲方新开门店的，按第3.1条单价及实际开通天数另行结算，签订补充协议后开通，不计入本合同总价。

2. 服务期限
2.1 服务期为两个服务年度，自2025年8月1日起至2027年7月31日止。
2.2 本合同期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权上调订阅费，每次上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前45日书面通知调整后的价格。

3. 费用
3.1 门店收衣端订阅费：45家×¥3,600/服务年度=¥162,000/服务年度；总部管理端及会员营销模块订阅费：¥48,000/服务年度。订阅费合计¥210,000/服务年度，两个服务年度共¥420,000。
3.2 一次性实施费¥36,000。
3.3 合同总价为¥456,000（含税）。短信按实际发送量另行结算，不计入合同总价。

4. 付款
4.1 订阅费按季度结算，每季度结束后15日内，乙方开具发票，甲方支付该季度订阅费¥52,500。
4.2 实施费在上线验收合格后15日内一次性支付。
4.3 甲方无需支付任何预付款。

5. 上线与验收
5.1 乙方应于2025年8月20日前完成全部门店上线。
5.2 上线验收标准：（1）45家门店均可正常收衣、开单、打印挂牌及取衣核销；（2）迁移的会员数量与储值余额经双方逐户核对一致；（3）高峰时段开单响应不超过2秒；（4）连续7日运行无一级故障。
5.3 达到上述标准后，双方签署上线验收单。门店开始使用系统不视为验收合格。
5.4 实施期间，乙方应为每家门店安排不少于2小时的现场或视频培训，为总部财务及运营人员安排专场培训，并提供操作手册、常见问题汇编及培训视频；甲方应指定项目联系人，按时提供门店清单、价目表及原系统数据。
5.5 乙方逾期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。

6. 服务水平
6.1 平台月度可用率不低于99.5%（经甲方同意的计划维护时间除外）。
6.2 一级故障（全部或多家门店无法收衣或取衣）30分钟内响应，3小时内恢复；二级故障（个别功能异常）2小时内响应，1个工作日内解决。
6.3 月度可用率低于约定值的，当月订阅费按以下比例减免：低于99.5%但不低于99%的减免5%；低于99%的减免10%。一级故障恢复每超时1小时，另减免当月订阅费的1%。

7. 数据
7.1 甲方的会员信息、订单、衣物照片及储值记录（以下称“甲方数据”）归甲方所有。
7.2 甲方同意，乙方可将甲方数据进行脱敏、汇总处理后，用于洗衣行业经营分析报告、平台功能改进及向其他客户提供行业对标数据，该使用权在本合同终止后继续有效。
7.3 数据安全：乙方应对甲方数据加密存储和传输，按最小权限原则控制访问，保留操作日志，平台通过网络安全等级保护第三级测评，并遵守《个人信息保护法》；发生数据泄露等安全事件的，乙方应在24小时内通知甲方，并承担因其原因造成的全部损失。
7.4 合同终止后30日内，乙方应将甲方数据以通用格式完整交还甲方，并在交还确认后删除平台中的甲方数据。

7.5 甲方账号密码由甲方自行保管；乙方应支持门店账号绑定手机、登录短信验证及员工离职后即时停用，并对储值变动、退款等敏感操作保留不可篡改的操作记录。

8. 保密
双方对在履行本合同中知悉的对方商业秘密及经营信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。

9. 知识产权
9.1 平台及其升级版本的知识产权归乙方所有。
9.2 乙方为甲方专门制作的价目表模板、会员等级规则、报表格式及培训资料归甲方所有，甲方可自由使用和修改。

10. 分包
乙方不得将本合同项下服务转包；确需分包的，须事先取得甲方书面同意。

11. 合同解除
11.1 乙方严重违约，或连续两个月可用率低于99%，经甲方书面通知后15日内未改正的，甲方有权解除本合同，乙方应退还已付未使用期间的费用。
11.2 甲方逾期付款超过60日的，乙方可书面催告后暂停服务，但应提前10日通知并给予甲方导出数据的机会。
11.3 本合同终止或期满不续约的，乙方应配合甲方将会员及储值数据迁移至甲方指定的系统，在迁移完成前保留不少于30日的只读访问权限，并不得以任何理由扣留甲方数据或储值余额信息。
11.4 乙方违反第7条、第8条约定的，除赔偿甲方实际损失外，甲方有权解除本合同；会员因此向甲方索赔或主管部门处罚甲方的，由乙方承担相应费用。

12. 不可抗力
因不可抗力或公共云服务商的大范围故障致使服务中断的，受影响一方应及时通知对方并尽力减少损失，中断期间不计入可用率考核，但乙方应提供离线开单等应急措施。

13. 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
14.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。
14.2 附件：门店清单、价目表、上线验收单格式。
14.3 双方往来通知以书面形式送达本合同首部地址或双方指定的电子邮箱。

甲方（盖章）：成都净洁洗衣连锁管理有限公司　　授权代表：__________
乙方（盖章）：上海衣序云科技有限公司　　授权代表：__________
签订日期：2025年7月8日
"""

H403Z04 = """两定机构监管系统年度运维服务合同

项目编号：XYYB-CS-2025-09（竞争性磋商）
甲方（采购人）：新沅市医疗保障局
乙方（成交供应商）：湘楚医信科技股份有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担新沅市医保定点医药机构（以下简称“两定机构”）智能监管系统的年度运维服务。双方经协商一致，订立本合同。

第一条 服务范围
（1）系统日常运维：对智能审核、视频监控、进销存监管、医保基金监管驾驶舱等子系统进行日常巡检、故障处理、性能优化及数据库维护。
（2）驻场服务：乙方派驻2名运维工程师在甲方信息中心驻场，工作日8:30至17:30在岗，节假日安排值班。
（3）规则库维护：根据国家及省医保政策调整，更新智能审核规则和知识库，每季度不少于一次。
（4）应急保障：年度结算、医保目录调整等关键时段提供专项保障，乙方应制定应急预案，每半年组织一次应急演练，并在演练后5个工作日内提交演练报告。
（5）全市1,260家两定机构接入支持、账号管理及操作咨询。
（6）配合甲方完成国家医保信息平台接口升级、省级平台数据上报及网络安全检查，提供所需的技术资料和整改支持。
（7）每月5日前向甲方提交上月运维月报，内容包括系统运行情况、故障统计与分析、规则库变更记录、安全隐患及改进建议；每季度末提交季度总结，服务期满提交年度运维总结报告。

第二条 服务期限
服务期自2025年9月1日起至2026年8月31日止。服务期满本合同终止，后续运维由甲方依法重新采购，不自动续期。

第三条 合同金额
合同总金额为人民币陆拾肆万贰仟元整（¥642,000），为固定总价，包括：驻场运维服务¥396,000；系统巡检与性能优化¥86,000；规则库维护¥112,000；应急保障¥48,000。
上述金额已包含乙方人员工资、社保、差旅、通讯、备品备件及税费等全部费用，服务期内不作调整。因甲方新增系统功能需要的开发工作不属于本合同范围，由双方另行约定。

第四条 付款方式
（1）本合同不设预付款。
（2）服务费按季度支付：每季度结束后，甲方对乙方当季服务进行考核，考核合格后20个工作日内支付当季服务费¥160,500。
（3）乙方应在每次付款前开具合法有效的发票。
（4）甲方付款前有权对乙方当季运维月报及工作记录进行核查，发现虚报工作量的，按实际完成情况核减相应费用。

第五条 服务交接与进场
（1）乙方应于服务期开始前5日完成与原运维单位的交接，接收系统文档、账号清单及未结问题清单。
（2）乙方未按时完成交接或运维人员未按时到岗的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。

第六条 服务水平
（1）系统月度可用率不低于99.95%。
（2）一级故障（系统整体不可用、结算审核中断或数据异常影响基金支付）：15分钟内响应，1小时内到场，3小时内恢复。
（3）二级故障（部分功能异常）：1小时内响应，8小时内解决；三级故障：1个工作日内解决。
（4）乙方未达到上述服务水平的，应在3个工作日内提交书面情况说明及整改措施，并在甲方规定期限内完成整改，甲方不因此扣减服务费，乙方亦不因此承担违约金。

第七条 考核与验收
（1）甲方按季度对乙方进行考核，考核内容包括巡检记录完整性、故障处理及时率、规则库更新质量及驻场人员出勤。
（2）服务期满后，甲方组织年度验收，验收标准为：全年巡检报告齐全，一级故障均已恢复并有故障分析报告，规则库更新按期完成并经甲方业务科室确认，运维文档及账号权限清单完整移交。
（3）年度验收合格后，双方签署验收报告。
（4）季度考核由甲方信息中心会同基金监管科、医药服务管理科进行，采用百分制评分，80分以上为合格；考核结果作为支付当季服务费及甲方对乙方履约评价的依据，并在政府采购履约验收中予以记录。
（5）乙方对考核结果有异议的，可在收到结果后5个工作日内书面申请复核。

第八条 数据安全
（1）系统中的参保人信息、结算数据、监管数据及视频资料均属甲方所有，乙方仅可为履行运维服务在甲方授权范围内访问，不得复制、下载、留存或用于任何其他目的。
（2）乙方运维操作应在甲方机房内通过堡垒机进行，遵守网络安全等级保护第三级及医保数据安全管理规定，严禁使用个人设备接入业务网络，严禁开通未经审批的远程通道。
（3）乙方人员上岗前须经甲方安全培训并签署数据安全承诺书。
（4）发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方全部损失。
（5）乙方应每月开展漏洞扫描和弱口令检查，发现安全隐患的，应在24小时内报告甲方并提出修复方案，经甲方同意后实施。

第九条 人员管理
（1）驻场人员须具有医保信息系统运维经验，名单经甲方确认，未经甲方同意不得更换。
（2）驻场人员应遵守甲方考勤及管理制度；甲方认为不称职的，乙方应在5个工作日内更换。
（3）乙方应建立二线技术支持团队，驻场人员不能独立解决的问题由二线团队远程协助或到场处理，相关远程协助须经甲方审批并全程记录。
（4）驻场人员请假超过2个工作日的，乙方应安排具备同等能力的人员临时替岗，并报甲方备案。

第十条 知识产权
乙方在运维过程中形成的巡检脚本、规则库更新内容、故障分析报告及运维文档归甲方所有，甲方可自由使用和修改。
乙方使用的第三方运维工具应为合法授权软件，因侵权引起的纠纷由乙方负责处理并承担费用，甲方因此遭受损失的，乙方应予赔偿。

第十一条 分包
乙方不得将本合同项下服务分包或转包。

第十二条 违约责任
（1）乙方违反第八条约定的，甲方有权立即解除合同，并要求乙方赔偿全部损失。
（2）乙方季度考核不合格的，应限期整改；连续两个季度考核不合格的，甲方有权解除合同。
（3）甲方无正当理由逾期付款的，按应付未付金额每日万分之二支付违约金。

第十三条 合同解除
乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权书面通知解除本合同，并按实际服务期间结算费用。合同解除或服务期满时，乙方应在10个工作日内向甲方或甲方指定的新运维单位完成交接，移交全部运维文档、脚本、账号清单及未结问题清单，并注销乙方人员的全部访问权限。

第十四条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方二份，经双方法定代表人或授权代表签字并盖章后生效。磋商文件、响应文件及成交通知书为本合同附件。

甲方（盖章）：新沅市医疗保障局　　　　乙方（盖章）：湘楚医信科技股份有限公司
代表签字：__________　　　　　　　　　代表签字：__________
日期：2025年8月20日
"""

H403Z05 = """# 软件产品许可及定制开发合同

**仓链科技标准合同文本 V4.0**（适用于WMS/OMS产品销售）

合同编号：CL-XS-2025-0412

- 甲方（买方）：四川蜀香园酱菜食品有限公司，地址：四川省眉山市东坡区食品工业园蜀香路9号
- 乙方（卖方）：成都仓链科技有限公司，地址：成都市高新区天府五街200号

甲方因酱菜成品仓库、原料库及电商发货业务需要，向乙方采购“仓链WMS仓储管理系统”“仓链OMS订单管理系统”软件许可及定制开发服务。双方经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供下表所列软件产品的永久使用许可，并按甲方需求完成定制开发和实施。

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 仓链WMS仓储管理系统许可（含批次、保质期管理） | 1套 | 320,000 | 320,000 |
| 2 | 仓链OMS订单管理系统许可 | 1套 | 180,000 | 180,000 |
| 3 | PDA移动作业端许可 | 20个 | 3,000 | 60,000 |
| | 软件许可小计 | | | 560,000 |
| 4 | 定制开发（用友U8接口、电商平台订单接口、坛装原料库位规则） | 1项 | 68,000 | 68,000 |
| 5 | 实施及培训 | 1项 | 32,000 | 32,000 |
| | 合同总价 | | | 660,000 |

1.2 合同总价为人民币陆拾陆万元整（¥660,000），含增值税。PDA硬件由甲方自行采购。

## 第二条 付款方式

2.1 合同签订后5个工作日内，甲方向乙方支付合同总价的50%作为预付款，即¥330,000，乙方收到预付款后启动项目。
2.2 系统上线运行后10个工作日内，甲方支付合同总价的42%，即¥277,200。
2.3 系统验收合格后10个工作日内，甲方支付合同总价的8%，即¥52,800。

## 第三条 实施与交付

3.1 乙方应在收到预付款后60日内完成系统安装、定制开发及上线。
3.2 甲方应提供服务器、网络环境、基础资料（物料、库位、客户档案）并指定项目负责人配合实施。因甲方原因造成的延误，工期相应顺延。
3.3 乙方负责对甲方仓库管理员、客服及财务人员进行系统操作培训，培训不超过3次。
3.4 甲方应按乙方要求完成期初库存盘点及数据录入，期初数据的准确性由甲方负责；乙方提供数据导入模板并协助导入。
3.5 定制需求以双方签字确认的《需求确认书》为准；需求确认后甲方提出变更的，乙方有权另行报价，工期相应顺延。
3.6 甲方应保证服务器满足乙方提出的配置要求（数据库服务器不低于16核CPU、64GB内存），并自行负责服务器操作系统、数据库软件授权及网络安全设备的采购和维护。
3.7 实施范围包括成品仓、原料坛库及电商发货仓三个仓库，共约1,600个库位、2,300个物料编码；超出上述范围的仓库或业务，乙方另行报价。

## 第四条 验收

4.1 系统上线后，双方按附件《功能清单》逐项测试，定制接口须连续10日与用友U8及电商平台订单同步无差错，PDA入库、拣货、出库作业流程全部跑通，且试运行期间无一级故障，即为验收合格。
4.2 验收合格后双方签署验收单。
4.3 乙方交付物包括：软件安装介质及许可文件、系统管理员手册、用户操作手册、接口说明书、培训记录及验收测试记录。

## 第五条 免费维护期与维保服务

5.1 免费维护期为六个月，自验收合格之日起计算。免费维护期内乙方提供远程技术支持及缺陷修复。
5.2 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费按软件许可小计的22%计收，即每服务年度¥123,200，维保期内不调整。
5.3 维保服务内容包括软件缺陷修复、产品小版本升级及远程技术支持，不包括新增功能开发、因甲方服务器或网络故障引起的问题处理及现场服务；现场服务按每人每天¥2,000另行收费。
5.4 技术支持：乙方在工作日9:00至18:00通过电话、远程方式提供技术支持，乙方将尽合理努力及时处理甲方反映的问题。

## 第六条 知识产权

6.1 软件产品及乙方为本项目开发的定制功能、接口程序、报表及相关源代码的知识产权均归乙方所有。
6.2 甲方仅享有在本企业内部使用上述软件及定制功能的非独占使用权，不得修改、反编译或提供给第三方使用。

## 第七条 数据安全

7.1 甲方业务数据（库存、订单、客户及供应商信息）归甲方所有，乙方不得用于本合同以外的任何目的。
7.2 乙方实施及维护人员访问甲方系统须经甲方授权，采用加密通道并保留操作记录，不得私自导出数据；发生数据泄露等安全事件的，乙方应在24小时内通知甲方，因乙方原因造成的损失由乙方负责赔偿。

## 第八条 保密

双方对合作过程中知悉的对方商业秘密及技术信息承担保密义务，未经对方书面同意不得向第三方披露。

乙方有权在其宣传材料及客户名单中使用甲方名称及商标，甲方书面反对的除外。

## 第九条 违约责任

9.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。
9.2 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停实施或维保服务。
9.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，乙方不承担间接损失、利润损失及数据损失。
9.4 甲方未按约定提供服务器、基础资料或未及时确认需求的，乙方不承担逾期责任；因甲方原因暂停实施超过30日的，乙方有权按已完成工作量要求甲方结算费用。

## 第十条 合同解除

任何一方严重违约，经对方书面催告后30日内仍未改正的，守约方有权解除本合同。
合同解除后，甲方已支付的预付款按乙方已完成的工作量结算，乙方已交付的软件许可不予退还。

## 第十一条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方并提供证明。

## 第十二条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
13.2 附件《功能清单》为本合同不可分割的组成部分。

甲方（盖章）：四川蜀香园酱菜食品有限公司　　乙方（盖章）：成都仓链科技有限公司

授权代表：__________　　授权代表：__________

日期：2025年4月12日
"""

H403E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. WXB-IT-2025-044
P:This Agreement is made on 9 June 2025 between:
P:(1) Wuxi Xinlu Public Bus Co., Ltd., a company established in the People's Republic of China, with its registered office at 77 Liangxi Road, Wuxi, Jiangsu Province (the "Customer"); and
P:(2) Adomako Fleet Systems Limited, a company incorporated in the Republic of Ghana, with its registered office at 14 Harper Road, Adum, Kumasi, Ghana (the "Vendor").
P:Background: The Customer operates a fleet of about 620 city buses from three depots and wishes to replace its paper-based workshop records with a fleet maintenance management system. The Vendor develops and licenses the FleetCare maintenance management software and provides implementation services. At the Customer's request, all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the FleetCare server software, named user licences and the FleetCare Workshop mobile application described in Schedule 1, including all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the reports, interfaces, configurations, scripts and documents produced by the Vendor specifically for the Customer, including the interfaces to the Customer's fuel card system, parts inventory and bus dispatch systems.
P:1.3 "Go-Live" means the first day on which all three depots record work orders in the Software in production.
P:1.4 "Final Acceptance" means the Customer's signature of the acceptance certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers for the Customer's internal business, in the quantities set out in Schedule 1.
P:2.2 The Vendor shall configure the Software, develop the Custom Deliverables, migrate the Customer's existing vehicle, parts and maintenance history records, train the Customer's staff and support the Customer through Go-Live and Final Acceptance.
P:2.3 The Customer shall provide servers, network access, a project manager and timely decisions.
P:2.4 The Vendor shall appoint a project manager who speaks Chinese or English and who attends a weekly progress meeting with the Customer, in person or by video. The Vendor shall keep a risk and issue log and submit a written progress report before each meeting.
P:2.5 Training shall cover depot supervisors, mechanics, parts store staff and system administrators, with at least eight sessions held at the Customer's depots, and shall include printed user guides in Chinese.
H:Article 3 Prices
P:3.1 The Contract Price is CNY 820,000, inclusive of all taxes, itemised as follows:
P:(a) FleetCare server licence, 1 unit: CNY 268,000;
P:(b) named user licences, 60 users at CNY 3,800 each: CNY 228,000;
P:(c) FleetCare Workshop mobile licences, 40 devices at CNY 1,700 each: CNY 68,000;
P:Licence Subtotal (a) to (c): CNY 564,000;
P:(d) implementation, configuration and Custom Deliverables: CNY 186,000;
P:(e) data migration: CNY 42,000;
P:(f) training: CNY 28,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 82,000) within 20 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 451,000) within 20 days after Go-Live.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 287,000) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the Vendor's account stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 100 days after signature of this Agreement.
P:5.2 Final Acceptance tests shall take place 45 days after Go-Live and shall confirm that: (a) all functions in Schedule 2 work as specified; (b) migrated vehicle and parts records match the source data on a full reconciliation; (c) the interfaces to the fuel card, parts inventory and dispatch systems have run for 20 consecutive days without error; (d) 150 concurrent users receive responses within 3 seconds; and (e) no Severity 1 defect is open.
P:5.3 When the tests are passed the Customer shall sign the acceptance certificate within 10 days. Go-Live, use of the Software or any payment does not constitute acceptance.
P:5.4 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in this Article for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Schedule 2 for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Defects are classified as follows. Severity 1: the Software is unavailable or work orders cannot be recorded at a depot. Severity 2: an important function fails but work can continue. Severity 3: other defects and questions.
P:6.3 The Vendor shall respond to a Severity 1 defect within 1 hour and provide a workaround within 8 hours; Severity 2 within 2 hours and a fix within 3 business days; Severity 3 within 1 business day.
P:6.4 For each hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall pay CNY 1,000, which the Customer may deduct from any amount due.
H:Article 7 Support after the Warranty
P:7.1 After the warranty period the Customer may order annual support for each Support Year. The annual support fee is 11% of the Licence Subtotal, namely CNY 62,040 per Support Year, and is fixed for the first three Support Years. Any later change requires written agreement and shall not exceed 3% per Support Year.
P:7.2 Support is ordered by purchase order for each Support Year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Software.
P:8.2 All rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely, including to another service provider.
P:8.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Security
P:9.1 All data entered into or produced by the Software, including vehicle, driver, parts and maintenance records ("Customer Data"), belong to the Customer. The Vendor may use Customer Data only to perform this Agreement.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with a named account approved for each session, shall not copy Customer Data outside the Customer's network, and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate in remedying it, and is liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party and use it only for this Agreement. This obligation survives termination of this Agreement.
H:Article 11 Liability
P:The total liability of either party under this Agreement is limited to 150% of the Contract Price, except for breach of Articles 9 and 10, wilful misconduct and personal injury, which are not limited.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 The Customer may also terminate by written notice if the delay damages under Article 5.4 reach their maximum. On such termination the Vendor shall refund the amounts paid for the parts not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Ghana.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the rules of the Ghana Arbitration Centre, seated in Accra. The language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement, with Schedule 1 (licences and prices) and Schedule 2 (functional specification), is the entire agreement of the parties.
P:15.2 Amendments must be in writing and signed by both parties. Notices shall be sent by courier and e-mail to the addresses above.
P:15.3 Neither party is liable for a delay caused by force majeure, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If force majeure lasts more than 60 days either party may terminate by written notice.
P:15.4 Neither party may assign this Agreement without the other party's written consent. This Agreement is signed in two English originals, one for each party.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

H403E02 = """# ORDER FORM

**Teranga Cloud SARL** - Order Form No. TC-CN-2025-112

| | |
|---|---|
| Provider | Teranga Cloud SARL, Route de Ngor, Almadies, Dakar, Senegal |
| Customer | Suzhou Qingyuan Property Management Co., Ltd., 188 Xinghu Street, Suzhou Industrial Park, Jiangsu, China |
| Service | Teranga Resident Desk: work orders, visitor registration, fee reminders and resident app |
| Subscription Term | 1 August 2025 to 31 July 2027 (two Subscription Years) |
| Currency | CNY, at the Customer's request |
| Customer contact | Ms. Zhou Lan, IT and Digital Services Manager |
| Provider contact | Mr. Ousmane Ndiaye, Account Director |

## Part A - Commercial Terms

### A1. Fees

| Item | Quantity | Fee per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| Platform fee (head office, reporting, resident app) | 1 | 96,000 | 192,000 |
| Community site licences | 30 sites | 126,000 (4,200 per site) | 252,000 |
| Onboarding (one-time) | 1 | - | 38,000 |
| **Total** | | | **482,000** |

SMS messages beyond 200,000 per Subscription Year are charged at CNY 0.06 per message and are not part of the total above.

### A2. Invoicing and Payment

Subscription fees are invoiced quarterly in arrears, each quarter's invoice being CNY 55,500, payable within 30 days of the invoice date. The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable before the Subscription Term starts.

### A3. Onboarding and Go-Live

Provider will configure the 30 community sites, import resident and unit records supplied by Customer, set up fee reminder templates and train Customer's site managers. The target Go-Live date is 15 September 2025. Provider will use commercially reasonable efforts to meet the target date; missing it does not entitle Customer to damages, fee reductions or any other compensation.

### A4. Go-Live Acceptance

Go-Live Acceptance occurs when: (a) all 30 sites can create, assign and close work orders; (b) imported resident and unit records match Customer's source lists on a full comparison; (c) the resident app is published and residents of at least three pilot sites have logged in; and (d) no Priority 1 incident has occurred for 10 consecutive days. Customer will sign an acceptance notice within 5 business days after these criteria are met. Use of the service before then is not acceptance.

### A5. Renewal

This Order Form does not renew automatically. Any further term requires a new Order Form signed by both parties.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________

# GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data that Customer or its residents enter into the service, including names, telephone numbers, unit numbers, work orders, visitor records, photographs and payment reminders.

1.2 "Subscription Year" means each consecutive period starting on 1 August within the Subscription Term.

1.3 "Priority 1 Incident" means that the service is unavailable to all users or that work orders cannot be created at any site.

## 2. Service Levels

2.1 Provider will make the service available 99.95% of the time in each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 00:00 and 06:00 Beijing time.

2.2 Provider will respond to a Priority 1 Incident within 30 minutes and restore the service within 6 hours, at any time of day. Priority 2 incidents receive a response within 2 hours and Priority 3 requests within 1 business day.

2.3 If monthly availability falls below the level in 2.1, Customer receives a service credit of 5% of that month's subscription fees for each started 0.1 percentage point of shortfall, up to 25% of that month's fees. If Provider misses the Priority 1 restoration time, Customer receives an additional credit of 2% of that month's fees for each hour of delay.

2.4 Service credits are deducted from the next invoice and are Customer's sole remedy for service level failures.

2.5 Provider will send Customer a monthly service report within 10 business days after the end of each month, showing availability, incidents by priority, response and restoration times, credits due and open problems. Customer's IT manager and Provider's account director will review the report in a monthly call and agree actions for repeated incidents.

## 3. Customer Data and Security

3.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the service to Customer and for no other purpose.

3.2 Customer Data is hosted in a data centre in Shanghai operated by a cloud provider holding an MLPS level 3 filing. Provider maintains an ISO 27001 certified security programme, encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication and keeps access logs.

3.3 Provider will notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, will take immediate steps to contain it, and is responsible for the losses and regulatory costs that its breach of this Section causes.

3.4 Within 30 days after the end of the Subscription Term Provider will return Customer Data in CSV format and then delete it.

## 3A. Customer Responsibilities

3A.1 Customer is responsible for the accuracy of the resident and unit records it supplies, for the conduct of its users and for obtaining residents' consent where the law requires it for notices sent through the service.

3A.2 Customer will keep its administrator passwords secure, will promptly remove accounts of staff who leave and will tell Provider without delay if it suspects misuse of an account.

3A.3 Customer will not use the service to send advertising to residents who have not agreed to receive it.

## 3B. Changes to the Service

3B.1 Provider may improve the service from time to time, provided that no change materially reduces the functions described in the Order Form during the Subscription Term.

3B.2 Provider will announce major new versions at least 14 days in advance, publish release notes in Chinese and offer a short online training session for Customer's site managers.

## 4. Intellectual Property

4.1 Provider retains all rights in the service and its software.

4.2 Fee reminder templates, work order categories, report layouts and other configurations created for Customer belong to Customer, which may use and modify them freely and may hand them to another provider.

## 5. Confidentiality

Each party will keep the other's non-public information confidential, use it only for this Order Form and protect it with at least reasonable care. This Section survives the end of the Subscription Term.

## 6. Subcontracting

Provider will not subcontract any part of the service, other than hosting by the cloud provider named in Section 3.2, without Customer's prior written consent.

## 7. Liability

Each party's total liability under this Order Form is limited to 150% of the total fees payable under it, except for breach of Sections 3 and 5, fraud and personal injury.

## 8. Term and Termination

8.1 This Order Form runs for the Subscription Term and may not be terminated by Customer before the end of the Subscription Term for any reason, including any failure of the service. Customer's remedies for such failures are the service credits under Section 2.

8.2 Provider may suspend the service if an undisputed invoice remains unpaid 45 days after its due date, after giving 10 days' written notice.

8.3 On expiry Provider will provide read-only access for 30 days so that Customer can export its records.

8.4 Sections 3, 5 and 7 survive expiry of this Order Form.

## 9. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

## 10. General

10.1 These General Terms and the Order Form are the entire agreement. If they conflict, the Order Form prevails.

10.2 Notices must be in writing and sent by e-mail and courier to the addresses in the Order Form.

10.3 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failures of public telecommunications networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Downtime caused by such events is still counted for the availability level in Section 2.1 unless the event also affects the cloud provider's other customers in the Shanghai region.

10.4 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its whole business.

10.5 Each party shall comply with applicable anti-bribery laws and shall not offer any payment or gift to the other party's staff in connection with this Order Form.
"""

H403E03 = """T:SUPPLY AND INSTALLATION CONTRACT - COLD STORE TEMPERATURE MONITORING SYSTEM
P:Contract No. YL-PUR-2025-0736
P:Buyer: Kunming Yunleng Cold Chain Logistics Co., Ltd., 2 Luolong Road, Guandu District, Kunming, Yunnan, China (the "Buyer").
P:Supplier: Ouidah Sensor Technologies SARL, Lot 412, Haie Vive, Cotonou, Republic of Benin (the "Supplier").
P:Recitals: The Buyer operates a cold store site in Kunming with 14 cold rooms, 2 freezer halls and a loading dock. The Buyer wishes to install a wireless temperature and humidity monitoring system to meet GSP requirements for pharmaceutical and food storage. The Supplier has offered to supply and install that system. This Contract is on the Buyer's standard terms; all prices are in CNY.
H:Section 1 Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, edge server and accessories listed in Section 2.1. "Software" means the monitoring software licensed under Section 2.1. "System" means the Equipment and the Software installed and configured at the Site. "Site" means the Buyer's cold store at the address above.
P:1.2 The Supplier shall supply, install, calibrate and commission the System, integrate alarms with the Buyer's SMS gateway and warehouse management system, and train the Buyer's staff.
P:1.3 Each sensor shall measure temperature from -40 to +60 degrees Celsius with an accuracy of 0.3 degrees and report at intervals of no more than 2 minutes.
H:Section 2 Price
P:2.1 The Contract Price is CNY 484,000, inclusive of VAT, delivery to the Site, insurance and installation, as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|180|1,150|207,000
TB:2|Door open sensor|36|480|17,280
TB:3|LoRa gateway|6|8,600|51,600
TB:4|Edge server with UPS|1|46,000|46,000
TB:5|Monitoring software licence (perpetual, site)|1|88,000|88,000
TB:|Hardware and Licence Subtotal|||409,880
TB:6|Installation and commissioning|1|52,000|52,000
TB:7|Calibration and certificates|1|14,120|14,120
TB:8|Training|1|8,000|8,000
TB:|Contract Price|||484,000
P:2.2 Prices are fixed and not subject to exchange rate adjustment.
H:Section 3 Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 314,600) within 30 days after the Supplier delivers all Equipment to the Site and completes installation, as recorded in an Installation Certificate signed by both parties. The Installation Certificate is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 169,400) within 30 days after Final Acceptance.
P:3.4 Each payment is made against a valid VAT invoice.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Site within 50 days after signature and complete installation within 20 days after delivery.
P:4.2 Installation work in operating cold rooms shall follow the Buyer's site rules, including time windows agreed with the warehouse manager, protective clothing and limits on door opening.
P:4.2A The Equipment shall be new, packed for air and road transport and delivered with packing lists, certificates of origin, factory test reports and Chinese manuals. Title and risk pass to the Buyer on delivery to the Site.
P:4.3 If the Supplier delays delivery or installation, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests start after installation and include: (a) a 15-day trial run with all sensors online and no data gap longer than 10 minutes; (b) comparison of every sensor with a calibrated reference thermometer, with deviations no greater than 0.3 degrees; (c) simulated alarms for each cold room reaching the duty phone within 60 seconds; (d) correct transfer of readings to the Buyer's warehouse management system; and (e) delivery of calibration certificates, drawings and manuals.
P:5.2 When all tests are passed the Buyer shall sign the Final Acceptance Certificate within 7 days. Delivery, installation, use or payment does not constitute acceptance.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment, correct Software defects, supply updates and recalibrate sensors annually, free of charge.
P:6.1A The Supplier shall keep at the Site, at its own cost during the warranty period, spare parts equal to at least 5% of the installed sensors and one spare gateway, and shall replenish them within 10 days after use. Replaced parts become the Supplier's property once the Buyer's data has been removed from them.
P:6.2 A Critical Fault is a loss of monitoring or alarms for any cold room or freezer hall. The Supplier shall respond to a Critical Fault within 30 minutes by telephone or remote access and restore monitoring within 8 hours, if necessary with spare sensors kept at the Site. Other faults shall receive a response within 2 hours and be fixed within 3 business days.
P:6.3 For each hour by which the Supplier exceeds the Critical Fault response or restoration time, the Supplier shall pay CNY 500, which the Buyer may set off against any amount due.
P:6.4 After the warranty period the Supplier shall, if the Buyer so orders, provide support including annual recalibration for an annual fee of 7% of the Hardware and Licence Subtotal, namely CNY 28,691.60 per year, fixed for the first two years after the warranty period. Support is ordered year by year and does not renew automatically.
H:Section 7 Data and Security
P:7.1 All temperature, humidity, door and alarm records produced by the System ("Buyer Data") belong to the Buyer and are stored on the edge server at the Site. The Supplier may use Buyer Data only to perform this Contract.
P:7.2 The Supplier may access the System remotely only through an account approved by the Buyer for each session, shall not copy Buyer Data off the Site, and shall change all default passwords before Final Acceptance.
P:7.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or Buyer Data and is liable for the losses caused by its breach of this Section, including costs of regulatory investigations.
H:Section 8 Intellectual Property
P:8.1 The site configuration, dashboards, alarm rules and integration scripts prepared for the Buyer belong to the Buyer, which may use and modify them and disclose them to any service provider.
P:8.2 Rights in the Software and in the Equipment firmware remain with their owners, and the Buyer has a perpetual licence to use them with the System.
H:Section 9 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer and storage information, and shall not disclose it to any third party without prior written consent. This Section survives termination.
H:Section 10 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay damages under Section 4.3 reach their maximum.
P:12.2 On such termination the Supplier shall refund the amounts paid for Equipment that has not passed Final Acceptance and remove it from the Site at its cost.
H:Section 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:Section 14 General
P:14.1 This Contract is written in English and Chinese; both versions are equally valid.
P:14.2 Annex 1: Site plan and sensor positions. Annex 2: Acceptance test procedure.
P:14.3 The Supplier shall keep public liability insurance covering its work at the Site and shall show the policy to the Buyer before installation starts.
P:14.4 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within 5 days and takes reasonable steps to limit the delay. If force majeure lasts longer than 60 days, either party may terminate by written notice.
P:14.5 The Supplier shall comply with applicable import, customs and product certification requirements in China, including radio equipment approval for the sensors and gateways, and shall deliver copies of the certificates with the Equipment.
P:14.6 Amendments must be in writing and signed by both parties. Notices shall be sent by e-mail and courier to the addresses above.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 2 July 2025
"""

H403E04 = """# MANAGED IT SUPPORT SERVICES AGREEMENT

**Agreement No. HY-MSA-2025-18**

This Managed IT Support Services Agreement is made on 12 September 2025 between:

1. **Xiamen Haiyun Garment Co., Ltd.**, 36 Huli Avenue, Huli District, Xiamen, Fujian, China ("Customer"); and
2. **Lome Digital Services SARL**, Boulevard du 13 Janvier, Lome, Togolese Republic ("Provider").

Customer designs and exports garments from a head office in Xiamen, a sample workshop in Jinjiang and a sales office in Guangzhou. Customer wishes to outsource its IT service desk and end-user device management to Provider, which runs a multilingual remote service desk. All charges are stated in CNY.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Endpoints" means the desktop computers, laptops and tablets used by Customer's staff and listed in the asset register, 420 on the date of this Agreement.

1.3 "Service Commencement Date" means the date on which Customer signs the Service Commencement Certificate under Clause 4.

1.4 "Incident" means an unplanned interruption or reduction in the quality of an IT service; incidents are classified as Priority 1 to Priority 4 under Schedule 2.

## 2. Term

2.1 This Agreement starts on signature and the Services run for 24 months from 1 October 2025 to 30 September 2027 (the "Service Term").

2.2 This Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties.

## 3. Services

3.1 Provider shall provide the Services in accordance with Schedule 1 and the service levels in Schedule 2.

3.2 Provider shall assign a named service delivery manager who meets Customer's IT manager monthly to review performance, open problems and planned changes.

3.3 Provider shall keep the asset register, software licence inventory and knowledge base up to date and make them available to Customer at all times.

3.4 Customer shall give Provider's engineers the remote access rights reasonably required for the Services and shall keep a local contact at each office for hands-on tasks.

3.5 Provider shall hold a quarterly service review with Customer's management to present trends, recurring problems, planned improvements and the status of Endpoints nearing the end of their useful life, with recommendations for replacement planning and budgeting.

## 4. Transition and Service Commencement

4.1 During the transition period from 1 October to 31 October 2025 Provider shall take over the service desk from Customer's current supplier, install its remote management agent on all Endpoints, document Customer's environment and set up the telephone line, e-mail address and portal for users.

4.2 Service Commencement requires that: (a) the management agent reports from at least 98% of the Endpoints; (b) the asset register has been reconciled with Customer's records; (c) the service desk has handled test calls in Chinese and English for each office; (d) runbooks exist for the 20 most common requests; and (e) Customer's IT manager has approved the escalation list. Customer shall sign the Service Commencement Certificate within 5 business days after these criteria are met.

4.3 If Service Commencement is delayed beyond 31 October 2025 for reasons attributable to Provider, Provider shall pay CNY 1,500 for each day of delay, up to CNY 45,000.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Service Term are CNY 1,284,000.

5.2 The monthly charge is invoiced monthly in arrears starting from the Service Commencement Date. The transition fee is invoiced after Service Commencement.

5.3 Customer shall pay each undisputed invoice within 30 days of receipt. No charges are payable in advance.

5.4 If the number of Endpoints changes by more than 5%, the per-Endpoint charge in Schedule 3 applies to the difference from the following month.

## 6. Customer Data

Customer Data, including user accounts, device information, tickets, e-mails and files that Provider's engineers see while working on Endpoints, belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not sell it or use it for any other purpose.

## 7. Intellectual Property

7.1 Runbooks, knowledge articles, scripts and reports prepared for Customer belong to Customer, which may use and modify them and hand them to another provider.

7.2 Provider's remote management tools remain Provider's property and are licensed to Customer only for the Service Term.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party, including Customer's designs, price lists and customer information, and use it only for this Agreement.

8.2 This Clause survives the end of this Agreement.

## 9. Staff and Subcontracting

9.1 Provider's engineers assigned to Customer shall be named in the escalation list and shall speak Chinese or English.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Hands-on tasks at the offices may be carried out by a local partner approved in writing by Customer.

## 10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement shall not exceed the charges paid by Customer in the 6 months before the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss. Nothing limits liability for personal injury or fraud.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after notice, or if Provider misses the Priority 1 response target in three months of any period of six consecutive months.

11.2 Either party may terminate if the other becomes insolvent.

11.3 On expiry or termination Provider shall provide up to 30 days of exit assistance at the monthly charge pro rata, return all documentation and remove its agent from the Endpoints.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing.

13.2 Neither party may assign this Agreement without the other's written consent.

13.3 Provider shall maintain a business continuity plan for its service desk, including a second service location and remote working arrangements, and shall test it at least twice a year and report the results to Customer.

13.4 Changes to the scope of the Services shall be agreed through a written change request stating the effect on charges and service levels. Provider shall not refuse a reasonable change request and shall price it using the rates in Schedule 3.

13.5 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.

13.6 Notices shall be sent by e-mail and courier to the addresses above.

Signed for Customer: ____________________

Signed for Provider: ____________________

## Schedule 1 - Services

| Service | Description |
|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English, Monday to Saturday 8:00-20:00 Beijing time |
| Endpoint management | Patching, antivirus updates, software deployment and inventory for all Endpoints |
| Onsite coordination | Dispatch of the approved local partner for hardware swaps and new-starter set-up |
| Account administration | Creation, change and removal of user accounts in Customer's directory and e-mail system |
| Reporting | Monthly service report with incidents, requests, trends and recommendations |

## Schedule 2 - Service Levels

| Priority | Example | Response | Resolution |
|---|---|---|---|
| Priority 1 | E-mail or file server unavailable to an office | 30 minutes | 6 hours |
| Priority 2 | One department cannot work | 1 hour | 8 business hours |
| Priority 3 | One user cannot work | 2 business hours | 2 business days |
| Priority 4 | Request or question | 1 business day | 5 business days |

Service credits: for each Priority 1 incident where the response or resolution target is missed, Customer receives a credit of 5% of that month's monthly charge; for each month in which fewer than 90% of Priority 2 and Priority 3 incidents meet their targets, a further credit of 3%. Credits in a month are capped at 20% of the monthly charge and are deducted from the next invoice.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Service desk base fee | per month | 12,100 |
| Endpoint management | 420 Endpoints at CNY 95 per month | 39,900 |
| Monthly charge | per month | 52,000 |
| Monthly charges for the Service Term | 24 months | 1,248,000 |
| Transition fee | one-time | 36,000 |
| Total charges | | 1,284,000 |
"""

H403E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. MDW-QD-2025-07

THIS AGREEMENT is dated 20 October 2025 and is made between:

Monrovia Data Works Inc., a corporation organised under the laws of the Republic of Liberia, with its office at 15 Broad Street, Monrovia, Liberia ("Provider"); and

Qingdao Huanong Rubber Trading Co., Ltd., a company established in the People's Republic of China, with its office at 61 Hong Kong Middle Road, Shinan District, Qingdao, Shandong ("Customer").

BACKGROUND

Customer imports natural rubber and cocoa from West Africa. Provider collects and publishes port call, vessel schedule, warehouse stock and commodity price data for West African ports through an application programming interface (the "API"). Customer wishes to subscribe to the API and connect it to its trading and logistics systems. Fees are stated in CNY at Customer's request.

1. DEFINITIONS

1.1 "Provider Data" means the data sets made available through the API, as described in Annex A.

1.2 "Customer Information" means Customer's account details, API keys, user lists, query logs and any data Customer uploads, such as watch lists of vessels and contracts.

1.3 "Subscription Year" means each period of consecutive months starting on 1 November during the Subscription Term.

1.4 "Integration Acceptance" means Customer's written confirmation under Clause 4.3.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API, store Provider Data in its own systems and use it for its internal trading, logistics and risk management.

2.2 The subscription includes up to 2,000,000 API calls per Subscription Year, ten named user accounts for the web console and access to historical data from 2015 onwards.

2.3 Customer shall not resell Provider Data or publish it outside its group of companies.

2.4 Customer is responsible for keeping its API keys secure and for the use made of them. Customer shall tell Provider without delay if it believes a key has been disclosed, and Provider shall then revoke and replace the key.

2.5 Provider Data is compiled from port authorities, shipping agents and market sources. Provider shall compile it with reasonable skill and care, but Customer remains responsible for its own trading decisions.

3. TERM AND RENEWAL

3.1 The initial Subscription Term runs from 1 November 2025 to 31 October 2027 (two Subscription Years).

3.2 At the end of the initial Subscription Term and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 Provider may increase the fees for any renewal term by up to 6% by written notice given at least 75 days before the renewal date.

4. ONBOARDING AND INTEGRATION

4.1 Provider shall deliver an integration adapter that loads Provider Data into Customer's trading and logistics systems, map Provider's port and commodity codes to Customer's codes and train Customer's analysts.

4.2 Provider shall deliver the adapter and complete the code mapping by 15 December 2025.

4.3 Integration Acceptance requires that: (a) the adapter has loaded all subscribed data sets for 10 consecutive business days without error; (b) a sample of 500 records has been checked against Provider's web console with no differences; and (c) the mapping tables have been approved by Customer's logistics manager. Customer shall confirm Integration Acceptance in writing within 5 business days after these criteria are met.

4.4 If Provider misses the date in Clause 4.2 for reasons attributable to it, Provider shall pay CNY 400 for each day of delay, up to CNY 12,000.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 168,000 per Subscription Year, CNY 336,000 for the initial Subscription Term. The onboarding and integration fee is CNY 18,000, payable once. The total fees for the initial Subscription Term are CNY 354,000.

5.2 API calls above the annual allowance are charged at CNY 0.02 per call and invoiced quarterly; they are not part of the total fees.

5.3 The subscription fee is invoiced quarterly in arrears, each quarter's invoice being CNY 42,000. The onboarding and integration fee is invoiced after Integration Acceptance. Customer shall pay within 30 days after receipt of a valid invoice.

6. SERVICE LEVELS

6.1 Provider shall make the API available 99.5% of the time in each calendar month, measured at Provider's gateway and excluding maintenance announced at least 3 days in advance.

6.2 Incidents are classified as Priority 1 (the API is unavailable or returns errors for all calls), Priority 2 (a data set is delayed by more than 6 hours) and Priority 3 (other issues). Provider shall respond to Priority 1 incidents within 1 hour, Priority 2 within 3 hours and Priority 3 within 1 business day.

6.3 If monthly availability falls below 99.5%, Customer is entitled to a service credit of 5% of the monthly equivalent of the subscription fee; below 99%, 10%; below 98%, 20%. Credits are deducted from the next invoice.

6.4 Provider shall correct any error in Provider Data that Customer reports within 2 business days and publish a correction notice.

6.5 Provider shall give Customer at least 90 days' notice before retiring any API version or removing any data field, and shall keep the previous version available during that period.

6.6 Provider publishes a status page and shall post every Priority 1 incident on it with its start time, cause and restoration time. A monthly service report with availability, incidents and data delays shall be sent to Customer within 10 days after the end of each month.

7. CUSTOMER INFORMATION AND SECURITY

7.1 Customer Information belongs to Customer. Provider shall use Customer Information only to provide the API and the services under this Agreement and shall not analyse, sell or share Customer's query patterns or watch lists.

7.2 Provider shall protect Customer Information with encryption in transit and at rest, role-based access for its staff, regular rotation of API keys on request and logging of administrative access.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Information, take prompt steps to contain it and is liable for the losses caused by its breach of this Clause 7.

7.4 On expiry or termination Provider shall delete Customer Information within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the API and Provider Data.

8.2 The integration adapter and the code mapping tables prepared for Customer belong to Customer, which may use, modify and license them freely, including to another data provider.

9. CONFIDENTIALITY

Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This Clause survives termination.

10. SUBCONTRACTORS

Provider may engage subcontractors and data hosting providers to perform any part of this Agreement by giving Customer written notice of their names. Provider remains responsible for their performance.

11. LIABILITY

Each party's total liability under this Agreement is limited to 150% of the total fees for the initial Subscription Term, except for breach of Clauses 7 and 9, fraud and personal injury.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 Customer may also terminate by written notice if monthly availability is below 98% in two consecutive months.

12.3 On termination by Customer under this Clause, Provider shall refund any fees paid for the period after termination.

12.4 On expiry or termination Provider shall deliver the final versions of the mapping tables and adapter source code to Customer, and Customer may keep and use Provider Data already loaded into its systems before that date for its internal records, but not for new trading decisions after the end of the term.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. GENERAL

14.1 This Agreement, with Annex A (data sets) and Annex B (API documentation), is the entire agreement of the parties.

14.2 Notices shall be in writing and sent by e-mail and courier to the addresses above.

14.3 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics, port closures or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.

14.4 Neither party may assign this Agreement without the other party's prior written consent.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________

ANNEX A - DATA SETS

Port call and vessel schedule data for Abidjan, San Pedro, Monrovia, Buchanan, Tema and Lome, updated every 30 minutes. Warehouse stock reports for natural rubber and cocoa, updated daily. Commodity price indications, updated hourly during West African business hours.
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, language)
    "h403z01": ("h403z01_water_bureau_river_patrol_platform.pdf", "pdf", "zh"),
    "h403z02": ("h403z02_paper_mill_rewinder_control_retrofit.docx", "docx", "zh"),
    "h403z03": ("h403z03_laundry_chain_membership_saas.txt", "txt", "zh"),
    "h403z04": ("h403z04_medical_insurance_bureau_supervision_om.txt", "txt", "zh"),
    "h403z05": ("h403z05_pickle_factory_wms_oms_supplier_template.md", "md", "zh"),
    "h403e01": ("h403e01_bus_fleet_maintenance_licence_ghana_vendor.pdf", "pdf", "en"),
    "h403e02": ("h403e02_property_resident_desk_saas_order_form_senegal.md", "md", "en"),
    "h403e03": ("h403e03_cold_store_sensors_benin_supplier.docx", "docx", "en"),
    "h403e04": ("h403e04_garment_managed_it_support_togo.md", "md", "en"),
    "h403e05": ("h403e05_rubber_trader_port_data_api_liberia.txt", "txt", "en"),
}
SOURCES = {"h403z01": H403Z01, "h403z02": H403Z02, "h403z03": H403Z03, "h403z04": H403Z04, "h403z05": H403Z05,
           "h403e01": H403E01, "h403e02": H403E02, "h403e03": H403E03, "h403e04": H403E04, "h403e05": H403E05}
TARGETS = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}

# ---------------------------------------------------------------- labels
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="service")


def lab(category, terms, extra, tco=None):
    t = dict(OK)
    t.update(terms)
    return {"category": category, "terms": t, "extra": extra, "tco": tco}


# tco: (contract value, fee base, warranty months, post-warranty fee % of base) -> share computed below
LABELS = {
    "h403z01": lab("software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
                                    prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24,
                                    post_warranty_fee_pct=9, contract_kind="goods_or_licence"),
                   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                        acceptance_deemed_on_delivery=False, contract_value=1200000), (1200000, 612000, 24, 9)),
    "h403z02": lab("hardware", dict(p1_response_hours=0.25, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                                    prepayment_pct=20, acceptance_clause=False, final_payment_on_acceptance=False,
                                    warranty_months=18, post_warranty_fee_pct=8, subcontract_without_consent=True,
                                    contract_kind="goods_or_licence"),
                   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                        acceptance_deemed_on_delivery=True, contract_value=1208000), (1208000, 970000, 18, 8)),
    "h403z03": lab("cloud", dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                                 ld_rate_per_day_pct=0.1, auto_renewal_price_increase=True),
                   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=456000)),
    "h403z04": lab("services", dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=False,
                                    confidentiality=False, ld_rate_per_day_pct=0.1, governing_law=None),
                   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=642000)),
    "h403z05": lab("software", dict(p1_response_hours=None, sla_remedy=False, ip_owner="supplier",
                                    ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50,
                                    final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=22,
                                    subcontract_without_consent=None, governing_law=None,
                                    contract_kind="goods_or_licence"),
                   dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True,
                        acceptance_deemed_on_delivery=False, contract_value=660000), (660000, 560000, 6, 22)),
    "h403e01": lab("software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                                    prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24,
                                    post_warranty_fee_pct=11, governing_law="Ghana", contract_kind="goods_or_licence"),
                   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                        acceptance_deemed_on_delivery=False, contract_value=820000), (820000, 564000, 24, 11)),
    "h403e02": lab("cloud", dict(availability_pct=99.95, p1_response_hours=0.5, liability_cap_pct=150,
                                 termination_for_breach=False),
                   dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=482000)),
    "h403e03": lab("hardware", dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                                    final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                                    contract_kind="goods_or_licence"),
                   dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                        acceptance_deemed_on_delivery=False, contract_value=484000), (484000, 409880, 36, 7)),
    "h403e04": lab("services", dict(p1_response_hours=0.5, data_security_clause=False,
                                    ld_rate_per_day_pct=1500 / 1284000 * 100, liability_cap_pct=6 / 24 * 100),
                   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1284000)),
    "h403e05": lab("cloud", dict(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=400 / 354000 * 100,
                                 liability_cap_pct=150, auto_renewal_price_increase=True,
                                 subcontract_without_consent=True),
                   dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=354000)),
}

DESIGN = {  # my design list, written before deriving
    "h403z01": [], "h403e03": [], "h403e01": ["CR-GOVERNING-LAW"],
    "h403z02": ["CR-ACCEPTANCE", "CR-SUBCONTRACT"],
    "h403z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h403z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "h403z05": ["CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h403e02": ["CR-LD-MISSING", "CR-TERMINATION"],
    "h403e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h403e05": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(tco):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = horizon - warranty (pro rata)."""
    value, base, wmonths, pct = tco
    years = max(0.0, 5 - wmonths / 12)
    fees = years * base * pct / 100
    return fees / (value + fees) * 100


def derive(label):
    """My reading of policy.md §3 applied to a label (not project code)."""
    t, x = label["terms"], label["extra"]
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
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x.get("post_warranty_fee_capped") or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if label["tco"] and tco_share(label["tco"]) > 40:
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


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    NUM + r"99\.90*(?!\d)",
    NUM + r"4\s*(?:小时|个小时|h(?![a-z])|hours?|hrs?|-hour)", r"(?<![一二三四五六七八九十百零两])四\s*个?\s*小时",
    r"\bfour[\s-]+hours?\b", NUM + r"240\s*(?:分钟|min)",
    NUM + r"0\.050*(?!\d)" + PCT, r"万分之五(?![十百千])", r"千分之零点五",
    NUM + r"100(?:\.0+)?" + PCT, r"百分之百", r"\bone\s+hundred\s+per\s*cent",
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"\bthirty\s+per\s*cent",
    NUM + r"12\s*(?:个月|months?|-month)", r"(?<![一二三四五六七八九十])十二\s*个月", r"\btwelve[\s-]+months?\b",
    r"一年", r"\bone[\s-]+year\b", NUM + r"1\s*years?\b",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"\bfifteen\s+per\s*cent",
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"\bforty\s+per\s*cent",
    NUM + r"5\s*(?:年|years?\b|-year)", r"(?<![一二三四五六七八九十〇零])五\s*年", r"\bfive[\s-]+years?\b",
    NUM + r"60\s*(?:个月|months?)", r"六十\s*个月", r"\bsixty\s+months\b",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "240分钟", "0.05%", "0.05 %", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year",
            "15%", "15 per cent", "40%", "四成", "5年", "五年", "five years", "60 months", "12 months", "4 hours",
            "4-hour", "30 %", "99.90%", "百分之四十", "百分之十五"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "二十四小时",
             "14 hours", "99.5%", "1,100%", "130%", "0.055%", "120 months", "25年", "十五年", "12,000", "2015 onwards",
             "Subscription Year", "百分之三十五", "5 business days", "45 days", "万分之八"]


def selftest():
    for s in MUST_HIT:
        assert SCAN.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not SCAN.search(s), ("must miss", s, SCAN.search(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


def scan(name, text):
    hits = []
    for v in variants(text):
        hits += [m.group(0) for m in SCAN.finditer(v)]
    assert not hits, (name, hits)


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def label_json(key):
    name, fmt, lang = FILES[key]
    lb = LABELS[key]
    rules = derive(lb)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    t = lb["terms"]
    for k, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                   ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                   ("post_warranty_fee_pct", 15)]:
        assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
    if lb["tco"]:
        assert abs(tco_share(lb["tco"]) - 40) > 2, key
    x = dict(lb["extra"])
    if t["contract_kind"] != "goods_or_licence":
        x.pop("post_warranty_fee_capped", None)
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    return {"file": name, "language": lang, "category": lb["category"],
            "expected_terms": {k: t[k] for k in T_KEYS}, "expected_extra": x, "expected_rules": rules}


SUMS = {  # price and payment arithmetic, as written in the texts
    "h403z01": [(486000 + 126000, 612000), (612000 + 438000 + 96000 + 54000, 1200000),
                (240000 + 540000 + 420000, 1200000), (round(612000 * 0.09), 55080)],
    "h403z02": [(386000 + 290000 + 94000 + 72000 + 128000, 970000), (970000 + 156000 + 64000 + 18000, 1208000),
                (241600 + 664400 + 302000, 1208000), (round(970000 * 0.08), 77600)],
    "h403z03": [(45 * 3600, 162000), (2 * (162000 + 48000) + 36000, 456000), (210000 // 4, 52500)],
    "h403z04": [(396000 + 86000 + 112000 + 48000, 642000), (642000 // 4, 160500)],
    "h403z05": [(320000 + 180000 + 20 * 3000, 560000), (560000 + 68000 + 32000, 660000),
                (330000 + 277200 + 52800, 660000), (round(560000 * 0.22), 123200)],
    "h403e01": [(268000 + 60 * 3800 + 40 * 1700, 564000), (564000 + 186000 + 42000 + 28000, 820000),
                (82000 + 451000 + 287000, 820000), (round(564000 * 0.11), 62040)],
    "h403e02": [(2 * 96000 + 2 * 30 * 4200 + 38000, 482000), ((96000 + 126000) // 4, 55500)],
    "h403e03": [(207000 + 17280 + 51600 + 46000 + 88000, 409880), (409880 + 52000 + 14120 + 8000, 484000),
                (314600 + 169400, 484000), (round(409880 * 7), 2869160)],
    "h403e04": [(12100 + 420 * 95, 52000), (24 * 52000 + 36000, 1284000)],
    "h403e05": [(2 * 168000 + 18000, 354000), (168000 // 4, 42000)],
}

if __name__ == "__main__":
    for key, pairs in SUMS.items():
        for got, want in pairs:
            assert got == want, (key, got, want)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    for key, src in SOURCES.items():
        scan(key + " source", src)
    for key, (name, fmt, lang) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    covered = set()
    for key, (name, fmt, lang) in FILES.items():
        text = read_back(OUT / name)
        scan(name, text)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        data = label_json(key)
        covered |= set(data["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(data, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        share = " tco %.2f%%" % tco_share(LABELS[key]["tco"]) if LABELS[key]["tco"] else ""
        print("%-60s %s %5d %s %s %s%s" % (name, lang, n, "OK " if lo <= n <= hi else "BAD",
                                           risk(data["expected_rules"]), ",".join(data["expected_rules"]), share))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered")
