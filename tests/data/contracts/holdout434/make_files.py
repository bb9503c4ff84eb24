"""holdout434: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). Sources for every file are kept below.
Checks: price sums, expected rules derived from the labels (own reading of policy.md §3) against the design list,
full coverage of the 20 CR rules, text lengths as read back, and a threshold scan of every source and built file.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条)
H434Z01 = """
T:青川市医疗废物全过程监管平台建设项目采购合同
P:合同编号：QCWJ-ZFCG-2025-017
P:采购人（甲方）：青川市卫生健康委员会，地址：青川市民生路88号
P:供应商（乙方）：青川智环信息技术有限公司，地址：青川市高新区创业大道206号
P:鉴于甲方通过公开招标方式（项目编号QCZC2025-0413）采购医疗废物全过程监管平台，乙方为中标供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供医疗废物全过程监管平台软件（以下简称"平台"）的永久使用许可，并按甲方需求完成定制开发、部署、历史数据迁移和培训。
P:1.2 平台覆盖全市二级以上医院、基层医疗卫生机构及医疗废物集中处置单位，实现医疗废物产生、收集、暂存、转运、处置各环节的电子联单、称重、视频和车辆轨迹监管。
P:1.3 定制开发内容包括：医疗机构接口、转运车辆定位数据接入、处置单位接口、超时暂存和重量异常预警模型、监管驾驶舱及统计报表，详见附件1《需求规格说明书》。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾叁万元整（¥1,630,000），为固定总价，含税费、部署、培训及质保期内服务等全部费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|监管平台软件永久许可|1套|860,000
TB:2|定制开发（接口、预警模型、驾驶舱）|1项|624,000
TB:3|部署实施与历史数据迁移|1项|118,000
TB:4|培训（监管人员及医疗机构操作人员）|1项|28,000
TB:合计|||1,630,000
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即¥326,000。
P:3.2 平台部署完成并通过初验后，甲方支付合同总价的45%，即¥733,500。
P:3.3 平台通过终验后，甲方支付合同总价的35%，即¥570,500。
P:3.4 乙方应在每期付款前开具合法有效的增值税发票，甲方按财政国库集中支付流程付款。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成平台部署并提交初验申请，150日内完成全部定制开发并具备终验条件。
P:4.2 乙方应按周向甲方报送项目进度，重大事项及时书面报告。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具备信息系统项目管理师证书，并在项目期间常驻青川市，未经甲方同意不得更换。
P:4.4 乙方应对市、县两级监管人员及医疗机构操作人员分批开展培训，培训不少于6场，每场结束后进行操作考核，并向甲方提交培训记录和操作手册。
P:4.5 乙方应提供平台接入规范，协助医疗机构完成称重设备、扫码设备的联调，联调中发现的问题应在3个工作日内解决。
H:第五条 验收
P:5.1 初验条件：平台功能符合需求规格说明书；不少于200家医疗机构完成接入；转运车辆定位数据实时接入，延迟不超过30秒；历史数据迁移后经双方抽查核对无误。
P:5.2 初验后平台试运行60日。终验标准：试运行期间未发生一级故障；随机抽查500份电子联单，与医疗机构纸质台账一致；预警模型对超时暂存和重量异常的识别经甲方组织的测试通过；取得第三方网络安全等级保护三级测评报告。
P:5.3 验收由甲方组织，并出具书面验收报告。平台上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（经甲方书面同意的计划内维护时间除外）。
P:6.2 一级故障（平台整体不可用或电子联单无法生成）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，次日内解决；三级故障按工作日处理。
P:6.3 乙方未按时响应的，每超时1小时扣减人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币500元。扣减款从运维费或履约保证金中抵扣。
H:第七条 质保与运维
P:7.1 质保期为三年，自终验合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:7.2 质保期满后，甲方如需继续由乙方提供运维服务，年度运维费不超过软件许可费的9%，即每年不超过¥77,400；该价格在质保期满后的三个服务年度内不上调。运维合同另行签订，不自动续期。
H:第八条 数据安全
P:8.1 平台中的医疗机构信息、电子联单、称重记录、视频及车辆轨迹等数据均属于甲方，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 平台部署于甲方政务云，乙方运维人员须经甲方审批，通过堡垒机访问，全部操作留痕。乙方应落实网络安全等级保护三级要求，对敏感数据加密存储。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密和医疗机构信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 平台软件的原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 定制开发成果（含源代码、接口程序、模型参数和技术文档）的知识产权归甲方所有，乙方应在终验时移交全部源代码，甲方可自行或委托第三方修改和使用。
H:第十一条 分包
P:11.1 乙方可将转运车辆车载定位终端的安装调试工作分包给具备相应资质的第三方，但应在分包前五个工作日书面告知甲方。乙方对分包工作承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的10%。
P:12.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
P:12.3 乙方交付的平台经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已付全部款项。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及附件为本合同组成部分。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：青川市卫生健康委员会    乙方（盖章）：青川智环信息技术有限公司
P:代表签字：__________    代表签字：__________
P:日期：2025年  月  日    日期：2025年  月  日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）)
H434Z02 = """
T:细纱机电气控制系统改造及维保合同
P:合同编号：JLFZ-SB-2025-032
P:甲方（买方）：南通锦纶纺织有限公司，地址：南通市通州区纺织工业园8号
P:乙方（卖方）：苏州瑞驰自动化工程有限公司，地址：苏州市吴中区东吴南路1566号
P:甲方二车间现有48台细纱机电气控制系统老化，故障率高、能耗大。乙方是从事纺机电气改造的专业公司。双方经友好协商，就控制系统改造及后续维保事宜订立本合同。
H:一、改造内容
P:（一）乙方为甲方48台细纱机更换PLC控制柜、主电机变频器、触摸屏，加装锭速监测传感器，并部署车间监控软件，实现单锭断头报警、能耗统计和远程参数下发。
P:（二）乙方负责旧设备拆除、新设备安装、接线、程序编写与调试，改造期间应分批停机，每批不超过8台，不影响甲方正常生产。
P:（三）乙方应对甲方电工和挡车工分别开展培训，电工培训不少于3天，挡车工培训不少于半天，培训后进行考核，考核合格方可上岗操作。
H:二、合同价格
P:（一）合同总价为人民币壹佰肆拾壹万元整（¥1,410,000），含税、运输、安装、调试、培训及质保期内服务费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜|48台|9,800|470,400
TB:2|主电机变频器|48台|6,200|297,600
TB:3|触摸屏（HMI）|48台|2,150|103,200
TB:4|锭速监测传感器|48套|3,600|172,800
TB:5|车间监控软件许可|1套|186,000|186,000
TB:软硬件小计|||| 1,230,000
TB:6|拆除、安装及调试|1项|164,000|164,000
TB:7|操作及维修培训|1项|16,000|16,000
TB:合计||||1,410,000
H:三、付款方式
P:（一）合同生效后7个工作日内，甲方支付合同总价的10%作为预付款，即¥141,000。
P:（二）全部设备到货并经甲方清点签收后，甲方支付合同总价的35%，即¥493,500。到货签收仅确认数量，不代表质量验收。
P:（三）终验合格后，甲方支付合同总价的50%，即¥705,000。
P:（四）余款5%即¥70,500作为质量保证金，质保期满且无未决质量问题后无息支付。
H:四、工期
P:（一）乙方应在合同生效后45日内完成全部设备到货，到货后60日内完成48台改造。
P:（二）改造按车间生产计划分6批进行，每批8台。乙方应在每批开工前3日提交施工方案和停机计划，经甲方设备部和生产部确认后实施。
P:（三）施工期间乙方人员应遵守甲方安全生产、防火和车间管理制度，动火、登高和带电作业须办理作业票。因乙方人员违章造成人身伤害或财产损失的，由乙方承担责任。
P:（四）乙方应随设备提供合格证、说明书、电气原理图、接线图和备件清单，并在质保期内储备不少于2套PLC控制柜和4台变频器的常用备件。
H:五、验收
P:（一）单机验收：每台细纱机改造后连续运行72小时，锭速偏差不超过1%，断头报警准确，程序参数可由监控软件下发。
P:（二）终验：全部机台改造后整体运行30日，车间监控软件数据与电表、产量记录核对一致，改造后吨纱电耗较改造前下降不少于8%，并完成培训考核。
P:（三）终验由甲方设备部组织，双方签署验收报告。设备安装或甲方投入生产均不视为验收合格。
H:六、质量保证
P:（一）质保期为二十四个月，自终验合格之日起算。质保期内因设备或软件本身质量问题产生的维修、更换均由乙方免费负责。
P:（二）故障分级及响应时间如下：一级故障（单台整机停机或监控软件全部不可用）1小时内响应，8小时内到场；二级故障（单锭或单项功能异常）2小时内响应，24小时内到场；三级故障（一般咨询）1个工作日内答复。
P:（三）乙方未能在上述时限内响应或到场的，应向甲方书面说明原因并尽快处理。甲方不因此扣减任何费用，也不向乙方主张违约金或赔偿。
P:（四）质保期内乙方应每季度对改造机台巡检一次，出具巡检报告，并提出预防性维护建议。
H:七、质保期后维保
P:（一）质保期满后，甲方可与乙方签订年度维保合同，年度维保费为软硬件小计的8%，即每个服务年度¥98,400，该价格在质保期满后三个服务年度内不调整。
P:（二）维保合同需双方另行签署，不自动续签。
P:（三）维保服务内容包括：每季度一次现场巡检、故障维修、程序备份与恢复、监控软件版本升级，以及更换零部件的人工费用；零部件按乙方投标报价单价格供应。
H:八、数据与网络安全
P:（一）细纱机运行数据、产量数据和工艺参数属于甲方所有，乙方不得复制或用于本合同以外的用途。
P:（二）乙方应在改造完成后向甲方移交全部PLC程序备份、参数表和账号密码，并协助甲方修改初始密码。乙方远程维护须经甲方书面审批，通过甲方指定的VPN接入，每次维护结束后关闭通道；乙方不得在设备中留存后门程序。
P:（三）因乙方原因造成数据泄露、工艺参数被篡改或生产网络遭受攻击的，乙方应立即报告并采取补救措施，并赔偿甲方由此遭受的全部损失。
H:九、保密
P:（一）乙方对在履行本合同中知悉的甲方工艺配方、生产数据和经营信息负有保密义务，不得向任何第三方披露，本义务在合同终止后继续有效。
H:十、知识产权
P:（一）PLC程序、触摸屏画面及为甲方编写的监控软件报表属于定制成果，其知识产权归甲方所有，乙方应在终验时交付源程序。监控软件平台本身的知识产权归乙方，甲方享有永久使用权。
H:十一、分包
P:（一）未经甲方书面同意，乙方不得将本合同任何部分分包给第三方。
H:十二、违约责任
P:（一）乙方逾期到货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
P:（三）乙方提供的设备不符合约定规格的，甲方有权要求更换，由此延误的工期按本条第（一）项计算违约金。
H:十三、合同的履行与解除
P:（一）本合同生效后，除不可抗力致使合同目的无法实现外，任何一方不得单方解除本合同。
P:（二）乙方违约的，甲方可要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除本合同。
H:十四、法律适用与争议解决
P:（一）本合同适用中华人民共和国法律。争议提交南通仲裁委员会仲裁。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:（二）双方联系人：甲方为设备部经理，乙方为项目经理。联系人变更应书面通知对方。
P:（三）本合同附件包括技术规格书、设备清单、施工方案及验收记录表，与本合同具有同等效力。
P:（四）本合同未尽事宜，双方协商签订补充协议。
P:甲方：南通锦纶纺织有限公司（盖章）    乙方：苏州瑞驰自动化工程有限公司（盖章）
P:授权代表：__________    授权代表：__________
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1)
H434Z03 = """烘焙教室排课及会员管理系统订阅服务合同

合同编号：MT-SAAS-2025-0219

甲方（客户）：上海麦田时光烘焙教育管理有限公司
地址：上海市徐汇区漕溪北路398号

乙方（服务商）：杭州课栈网络科技有限公司
地址：杭州市西湖区文三路478号

鉴于甲方在上海、苏州、无锡共经营13家烘焙教室门店，需要统一的排课、约课、会员储值及课时管理系统；乙方拥有"课栈"SaaS平台并提供实施服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方13家门店开通"课栈"平台的排课、约课、会员、储值卡、课时包、教师薪酬和经营报表功能，并提供微信小程序约课端。
1.2 乙方负责实施服务：门店及教室配置、课程体系配置、会员与储值余额数据迁移、小程序与甲方支付商户号对接、门店人员培训。
1.3 平台功能包括：课程日历、教室与烤箱工位排期、教师排班、会员等级、储值卡与课时包、优惠券、会员生日提醒、课后作品相册、门店经营日报和月报。
1.4 乙方应为甲方配置一名客户成功经理，负责上线后日常沟通、需求收集和季度使用情况回顾。平台新版本上线前，乙方应提前7日通知甲方并说明变更内容，不得降低已有功能。
1.5 服务期为两个服务年度，自2025年4月1日起至2027年3月31日止。

2. 费用
2.1 订阅费按门店计收，每家门店每个服务年度人民币8,400元，13家门店每个服务年度合计人民币109,200元，两个服务年度合计人民币218,400元。
2.2 实施费人民币36,000元，培训费人民币5,400元，均为一次性费用。
2.3 本合同总价为人民币259,800元（含税）。新增门店按第2.1条单价按月折算。

3. 付款
3.1 实施费及培训费在上线验收合格后10个工作日内一次性支付。
3.2 订阅费按季度支付，每季度开始后10个工作日内支付当季订阅费人民币27,300元。
3.3 乙方应在收款前开具增值税专用发票。
3.4 新增门店的订阅费自开通次月起计收，随下一季度订阅费一并支付。服务期内订阅费单价不变。

4. 实施与上线验收
4.1 乙方应在2025年4月30日前完成实施并提交上线验收申请。
4.2 上线验收标准：13家门店的教室、课程和教师配置完成；会员人数、储值余额和剩余课时迁移后与甲方原系统逐一核对一致；小程序约课、支付、退款各测试不少于20笔且全部成功；连续7日试运行无一级故障。
4.3 甲方在收到申请后5个工作日内组织验收并出具书面意见；验收不通过的，乙方应在5个工作日内整改后重新申请，整改期间继续按第4.5条计算违约金。门店开始使用系统不视为验收合格。
4.4 乙方应在上线前完成门店店长、前台和教师的分角色培训，每家门店不少于2课时，并提供操作视频和使用手册。
4.5 乙方逾期完成上线验收的，每逾期一日向甲方支付违约金人民币500元。

5. 服务水平
5.1 平台月度可用率不低于99.5%，按每月总分钟数扣除经甲方同意的维护时间计算。
5.2 一级故障（全部门店无法约课或支付）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，次日内解决。
5.3 月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，当月抵扣总额以当月订阅费为限。一级故障响应超时的，每次抵扣人民币300元。
5.4 乙方提供工作日9:00至21:00的在线客服，周末及节假日门店营业时间内提供值班支持。乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。

6. 数据安全
6.1 甲方数据包括会员资料、课程和约课记录、储值与消费记录、教师信息以及甲方上传的图片和视频。
6.2 乙方应对甲方数据采取加密存储、加密传输、访问权限控制和操作日志留存等措施，平台服务器位于中国境内，并通过网络安全等级保护二级测评。
6.3 发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方赔偿甲方及会员因此遭受的损失。
6.4 乙方员工访问甲方数据须经授权并留存日志，乙方每个服务年度应进行一次安全评估，并将评估结论告知甲方。

7. 数据权属
7.1 甲方的会员资料、课程记录、储值和消费记录属于甲方。
7.2 乙方有权对平台运行中产生的甲方数据进行去标识化处理后，用于乙方产品改进、行业经营分析报告及新功能开发，该权利在本合同终止后继续有效。
7.3 乙方不得将甲方会员的手机号、姓名等个人信息用于向会员推送乙方或第三方的营销信息。
7.4 合同终止后30日内，乙方应向甲方完整导出甲方数据，并删除平台中的原始数据。

8. 保密
8.1 双方对履行本合同过程中知悉的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

9. 知识产权
9.1 "课栈"平台及其升级版本的知识产权归乙方。
9.2 乙方为甲方制作的门店页面设计、课程展示素材和定制报表模板归甲方所有，甲方可自由使用、修改或交由第三方使用。

10. 续期
10.1 服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
10.2 每次续期时，乙方有权上调订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前通知甲方新单价。

11. 分包
11.1 乙方不得将本合同项下的实施或运维服务分包给第三方，确需分包的，应事先取得甲方书面同意。

12. 合同解除
12.1 甲方无正当理由逾期支付订阅费超过30日的，乙方可书面催告，催告后15日内仍未支付的，乙方可暂停服务，但应提前通知甲方导出数据。
12.2 一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除合同。
12.3 连续两个月可用率低于承诺值的，甲方有权解除合同，乙方退还未使用期间的订阅费。
12.4 合同解除后，乙方应按第7.4条导出数据，甲方支付解除前已使用期间的费用。

13. 法律适用和争议解决
13.1 本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。

14. 其他
14.1 甲方应指定项目联系人，按时提供门店、课程和会员原始数据，并对数据准确性负责。
14.2 本合同附件包括：服务功能清单、实施计划、数据迁移确认表，附件与本合同具有同等效力。
14.3 通知以书面形式送达本合同首部所列地址，或发送至双方确认的电子邮箱，电子邮件发出之日视为送达。
14.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海麦田时光烘焙教育管理有限公司
授权代表：__________
乙方（盖章）：杭州课栈网络科技有限公司
授权代表：__________
签订日期：2025年3月  日
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 + （1）)
H434Z04 = """梅岭县智慧旅游平台年度运维服务合同

项目名称：梅岭县智慧旅游平台运维服务项目
采购方式：竞争性磋商（项目编号：MLZC-2025-CS-021）

采购人（甲方）：梅岭县文化和旅游局
地址：梅岭县人民路12号

供应商（乙方）：赣州云途数字科技有限公司
地址：赣州市章贡区长征大道31号

根据竞争性磋商文件、乙方响应文件及成交通知书，经双方协商一致，就梅岭县智慧旅游平台运维服务订立本合同。

第一条 服务范围
（1）运维对象：梅岭县智慧旅游平台，包括游客服务小程序、景区预约售票系统、客流监测大屏、视频监控接入平台及数据中心。
（2）服务内容：7×24小时监控、日常巡检、故障处理、安全加固、数据备份、版本发布、节假日保障及配合网络安全等级保护测评。
（3）服务期：2025年7月1日至2026年6月30日。
（4）运维对象清单（服务器、网络设备、应用系统和账号）见附件1，服务期内新增的功能模块经双方确认后纳入运维范围。

第二条 服务费用
（1）本合同总价为人民币肆拾玖万元整（¥490,000），为固定总价。分项如下：驻场运维人员2名，¥312,000；平台及小程序7×24小时监控与远程运维，¥96,000；安全加固及等保测评配合，¥58,000；春节、五一、国庆等节假日现场保障，¥24,000。
（2）服务期内甲方不另行支付加班、差旅等费用。乙方为履行本合同所需的工具、软件和通信费用均已包含在合同总价中。

第三条 付款方式
（1）甲方付款资金来源为县级财政预算资金，甲方按国库集中支付规定办理。
（2）本合同不设预付款。
（3）服务费按季度支付，每季度考核合格后15个工作日内，甲方支付当季服务费¥122,500。
（4）季度考核扣减的款项从当季服务费中扣除。
（5）乙方应在收款前开具合法有效的发票。

第四条 服务启动
（1）乙方应在服务期开始前完成人员到岗、监控部署和交接，并提交服务启动报告。
（2）乙方未按期完成服务启动的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（3）乙方应在服务启动报告中列明驻场人员名单、联系方式、应急联系人和升级流程，并报甲方备案。
（4）驻场人员应具备相应技术能力，其中至少1人持有网络安全相关资格证书。驻场时间为工作日8:30至17:30，节假日按甲方安排轮值。乙方更换驻场人员须提前10日征得甲方书面同意。

第五条 服务水平
（1）平台月度可用率不低于99.95%。
（2）一级故障（小程序、预约售票系统整体不可用）15分钟内响应，2小时内恢复；二级故障30分钟内响应，8小时内解决；三级故障1个工作日内解决。
（3）节假日高峰期间，乙方应安排不少于3人现场值守。
（4）乙方应每日巡检平台运行状态，每周提交巡检报告，每月提交运维月报，内容包括可用率、故障统计、安全事件、容量趋势和优化建议。
（5）乙方应每日对业务数据库进行增量备份，每周全量备份，备份数据保存在甲方指定的存储中；每季度进行一次恢复演练，并提交演练报告。
（6）乙方应制定应急预案，每半年组织一次应急演练，重大活动前进行专项安全检查。
（7）乙方应及时跟踪安全漏洞通报，对高危漏洞在3个工作日内完成修复或采取临时防护措施，并向甲方报告处置结果。

第六条 考核与扣减
（1）考核细则见附件2，由甲方信息化工作人员会同乙方项目负责人每季度末共同打分，考核结果由双方签字确认。
（2）甲方按季度对乙方进行考核，考核内容包括可用率、故障响应和解决时限、巡检报告、备份记录和安全事件。
（3）月度可用率每低于承诺值0.01个百分点，扣减服务费¥800；一级故障响应每超时30分钟扣减¥1,000；未按要求提交巡检报告的，每次扣减¥500。

第七条 验收
（1）季度考核得分不低于85分且无重大安全事件的，视为当季服务合格。
（2）每季度考核结束后，甲方出具季度服务确认单，作为当季付款依据。
（3）服务期满，乙方提交运维总结、系统文档、账号密码清单和备份数据，经甲方核对完整并组织验收合格后，支付末季服务费。

第八条 数据安全
（1）平台中的游客信息、预约记录、客流数据和视频资料属于甲方，乙方仅为运维目的接触，不得复制、留存或向第三方提供。
（2）乙方应落实等级保护三级要求，运维操作通过堡垒机进行并留存日志，严禁在个人设备中存储游客信息。
（3）发生数据泄露或安全事件的，乙方应在1小时内报告甲方并处置；因乙方原因造成的，乙方承担全部责任和损失。
（4）乙方人员应签署保密及数据安全承诺书。服务期满时乙方应交回全部账号权限并删除其持有的甲方数据，出具书面说明。

第九条 保密
（1）乙方及其人员对平台架构、网络拓扑、账号口令、游客信息和其他在履行合同中知悉的甲方信息负有保密义务，未经甲方同意不得披露，保密义务在合同终止后持续有效。

第十条 知识产权
（1）乙方在运维过程中形成的运维文档、脚本、配置和报表归甲方所有，甲方可自由使用和修改，也可交由后续服务商使用。
（2）乙方自有的监控工具的知识产权归乙方，乙方不得因此限制甲方使用运维成果。
（3）乙方保证其提供的服务和工具不侵犯第三方的知识产权；因侵权引起的纠纷由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。

第十一条 分包
（1）乙方不得将本合同项下任何服务分包或转包。
（2）等保测评由甲方另行委托测评机构实施，乙方负责配合提供资料、完成整改，不属于分包。

第十二条 合同解除
（1）乙方出现重大安全责任事故、泄露游客信息或擅自撤离驻场人员的，属于严重违约。
（2）乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
（3）合同解除的，甲方按乙方实际提供服务的期间和考核结果结算服务费。

第十三条 期满
（1）本合同服务期满即终止，不自动续期。甲方需继续采购的，依法另行组织采购。
（2）服务期满前60日，乙方应配合甲方做好交接准备，服务期满后30日内配合新服务商完成交接，交接期间不另收费。

第十四条 法律适用与争议解决
（1）本合同适用中华人民共和国法律。因本合同发生争议的，双方应首先协商解决，协商不成的，向梅岭县人民法院提起诉讼。

第十五条 其他
（1）磋商文件、响应文件、成交通知书为本合同组成部分。附件包括：运维对象清单、服务考核细则、应急预案。
（2）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：梅岭县文化和旅游局          乙方（盖章）：赣州云途数字科技有限公司
负责人或授权代表：__________              负责人或授权代表：__________
日期：2025年6月  日                       日期：2025年6月  日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template)
H434Z05 = """# 冷库管理软件许可及定制开发合同

（湘冷云标准合同文本 V2.3）

合同编号：XLY-2025-0087

**甲方（买方）**：湖南湘味坊腊味食品有限公司
地址：湖南省益阳市赫山区龙岭工业园9号

**乙方（卖方）**：长沙湘冷云软件有限公司
地址：长沙市岳麓区麓谷大道658号

甲方因腊肉、腊肠生产和冷藏业务需要，向乙方采购冷库管理软件使用许可及定制开发服务。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供"湘冷云"冷库管理系统（WMS）及温湿度监控模块的永久使用许可，用于甲方龙岭厂区3座冷库。

1.2 系统主要功能包括：入库登记、库位管理、先进先出提醒、出库拣货、盘点、温湿度曲线和报表。

1.4 乙方按甲方需求进行定制开发：腌制、烟熏、晾晒工序批次追溯，地磅称重接口，出入库条码打印，以及冷库温度超限短信提醒。

1.5 乙方负责软件安装部署、基础数据初始化和操作培训。

1.6 软件部署在甲方自备服务器上。服务器、网络及地磅、扫码枪、打印机等硬件由甲方自行采购，不在本合同范围内。

1.7 软件功能以乙方产品说明书及双方确认的《定制需求确认单》为准，需求确认单签署后的变更另行计费。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 冷库管理系统（WMS）软件许可 | 1套 | 368,000 |
| 2 | 温湿度监控模块软件许可 | 1套 | 96,000 |
| | 软件许可费小计 | | 464,000 |
| 3 | 定制开发（批次追溯、称重接口、条码、短信提醒） | 1项 | 86,000 |
| 4 | 安装部署及数据初始化 | 1项 | 22,000 |
| 5 | 操作培训 | 1项 | 8,000 |
| | 合计 | | 580,000 |

合同总价为人民币伍拾捌万元整（¥580,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥377,000。

3.2 系统安装完成并上线运行后5个工作日内，甲方支付合同总价的35%，即¥203,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

3.4 乙方收到款项后开具增值税专用发票。

## 第四条 交付与上线

4.1 乙方应在收到首期款后60日内完成软件安装及定制开发。

4.2 交付时间因甲方需求变更、现场条件不具备或第三方设备原因延误的，交付时间相应顺延。乙方逾期交付的，双方协商调整进度，乙方不承担违约金或赔偿责任。

4.3 甲方应在乙方实施前提供冷库平面图、库位编码规则、物料清单、客户清单和网络环境，并指定专人配合。

4.4 乙方完成安装后书面通知甲方上线时间，甲方应安排仓管员、质检员和信息员参加上线培训，培训时间不少于2天。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 上线前，乙方可邀请甲方人员对主要功能进行演示确认，演示确认不影响第5.1条的约定。

5.3 甲方在上线后发现的问题，按本合同第六条维护条款处理。

## 第六条 维护

6.1 系统上线后六个月为免费维护期，乙方在免费维护期内通过电话和远程方式提供技术支持，并对软件缺陷进行修复。

6.2 乙方将尽合理努力及时处理甲方提出的问题，但不承诺具体的响应或修复时间。

6.3 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费为软件许可费的25%，即每个服务年度¥116,000，用于远程支持、缺陷修复和版本升级。

6.4 因甲方操作不当、擅自修改系统、病毒或硬件故障引起的问题，不属于免费维护范围，乙方可按人天收取服务费，每人天人民币2,000元。

6.5 版本升级包含乙方发布的标准功能升级，不含新增定制功能。

6.6 甲方未签订年度维护协议的，乙方不再提供远程支持和版本升级，甲方可继续使用已安装的软件版本。

## 第七条 知识产权

7.1 "湘冷云"系统及其模块的知识产权归乙方所有。

7.2 乙方为甲方定制开发的批次追溯、称重接口、条码打印和短信提醒功能及其源代码、文档，知识产权均归乙方所有。甲方仅在本合同约定的厂区内享有非独占、不可转让的使用权，不得修改、反编译或交由第三方维护。

7.3 甲方如需取得定制功能源代码，应另行支付源代码授权费，具体金额由双方另行协商。

## 第八条 数据

8.1 甲方在系统中录入和产生的库存、批次、温度和客户数据属于甲方，乙方不得用于本合同以外的目的。

8.2 乙方远程维护时应经甲方同意，采取账号权限控制和访问日志记录措施，不得复制、下载甲方数据；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并赔偿甲方的直接损失。

8.3 合同终止后，乙方应删除其因维护取得的任何甲方数据副本。

8.4 甲方应自行做好数据备份，乙方建议甲方每日备份数据库并异地保存。因甲方未备份造成的数据丢失，乙方不承担恢复责任。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后三年。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任不超过合同总价的20%。

10.2 乙方对因甲方服务器、网络、停电或冷库设备故障造成的货物损失不承担责任。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面通知后30日内仍未纠正的，守约方可以书面通知解除本合同。

11.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。

## 第十二条 争议解决

12.1 因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 其他

13.1 本合同未尽事宜，双方另行签订补充协议。补充协议与本合同具有同等效力，二者不一致的，以签订在后的为准。

13.2 双方的通知以书面形式送达本合同首部地址，或通过双方确认的电子邮箱发送。

13.3 本合同附件：产品说明书、定制需求确认单、报价单。

13.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湖南湘味坊腊味食品有限公司　　乙方（盖章）：长沙湘冷云软件有限公司

授权代表：__________　　授权代表：__________

日期：2025年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N)
H434E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. EMS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Emajõe Manufacturing Software OÜ, a private limited company registered in Estonia with its office at Riia 181A, 50411 Tartu, Estonia (the "Licensor"), and Foshan Shunde Huamei Furniture Co., Ltd., a company established in the People's Republic of China with its office at 12 Longzhou Road, Lunjiao, Shunde District, Foshan, Guangdong (the "Customer").
P:Background. The Customer makes panel furniture and wishes to plan its cutting, edge-banding and drilling lines with the Licensor's PanelPlan software. The Licensor has agreed to grant perpetual licences and to install, integrate and support the software on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means PanelPlan Server, PanelPlan named-user clients and the CNC Nesting module in the versions listed in Annex 1, with their documentation and later releases supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interface between the Software and the Customer's ERP system and any reports, scripts or configurations written specifically for the Customer.
P:1.3 "Final Acceptance" means the written acceptance by the Customer under Article 5.4.
P:1.4 "Support Year" means the period that starts on the day after the warranty period ends, or on an anniversary of that day, and ends on the day before the next anniversary.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its factories in Foshan for its own business, for the number of users and machines stated in Annex 1.
P:2.2 The Customer may make backup copies and may allow its contractors to use the Software on its behalf.
P:2.3 The Customer may move the Software to new servers or to another of its factories in Guangdong by notifying the Licensor, which shall issue new licence keys within two working days at no charge.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 930,000, inclusive of Chinese taxes, made up as follows:
P:(a) PanelPlan Server licence, 1 unit: CNY 268,000;
P:(b) named-user client licences, 40 users at CNY 7,450: CNY 298,000;
P:(c) CNC Nesting module licences, 6 machines at CNY 21,000: CNY 126,000;
P:Licence Subtotal: CNY 692,000;
P:(d) installation and configuration: CNY 84,000;
P:(e) ERP interface development: CNY 132,000;
P:(f) training of planners and administrators: CNY 22,000.
P:3.2 The Contract Price is fixed and covers all travel, expenses and remote work of the Licensor.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 93,000) within 20 days after signature, against the Licensor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 511,500) within 20 days after the Installation Certificate is signed. The Installation Certificate confirms that the Software is installed on the Customer's servers and is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 325,500) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Licensor's account named in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Licensor shall install the Software within 45 days after signature and complete the ERP interface within 100 days after signature, according to the project plan in Annex 2.
P:5.2 Each party shall name a project manager. The project managers meet weekly, online or at the Customer's factory, to review progress, risks and open issues, and the Licensor shall send minutes within two working days. The Customer shall provide server hardware, network access, ERP interface documentation and key users at the times stated in Annex 2; delays caused by the Customer extend the dates in Article 5.1 accordingly.
P:5.3 Acceptance tests are run by both parties on the Customer's own production data and include: (a) all test cases in Annex 3 passed; (b) nesting yield on a sample of 200 real orders at least equal to the yield of the Customer's current method; (c) work orders, bills of material and stock movements exchanged with the ERP system without manual correction for 20 consecutive working days; (d) documentation and training delivered.
P:5.4 When the tests are passed the Customer shall sign a Final Acceptance certificate within 10 working days. Installation, use of the Software in production or any payment does not mean acceptance. If a test fails, the Licensor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 3 for 18 months from Final Acceptance. During this period the Licensor shall correct defects and supply new releases free of charge.
P:6.2 Severity 1 means that planning or nesting cannot be run or that data exchange with the ERP system has stopped. The Licensor shall respond to a Severity 1 call within 1 hour, 24 hours a day, and provide a workaround within 8 business hours. Severity 2 calls are answered within 2 business hours and Severity 3 calls within 1 business day.
P:6.3 For each full hour by which the Licensor misses a Severity 1 response time, it shall credit CNY 1,000 against the next invoice or pay that amount to the Customer.
P:6.4 After the warranty period the Customer may order Annual Support, which covers the same services. The Annual Support fee is 11% of the Licence Subtotal (CNY 76,120) per Support Year and is fixed for the first three Support Years. Any later increase must be agreed in writing and may not exceed 3% per Support Year. Annual Support is ordered by purchase order for each Support Year and does not renew automatically.
H:Article 7 Delay
P:7.1 If the Licensor misses the installation date or the interface completion date in Article 5.1 for reasons within its control, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:7.2 If the delay exceeds 60 days the Customer may terminate under Article 12.
H:Article 8 Intellectual Property
P:8.1 The Licensor keeps all rights in the Software.
P:8.2 The Custom Deliverables and all intellectual property in them belong to the Customer from creation. The Licensor shall hand over their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely, also through other contractors.
H:Article 9 Customer Data and Security
P:9.1 All production, order, customer and design data processed with the Software ("Customer Data") belongs to the Customer. The Licensor may use it only to perform this Agreement.
P:9.2 The Software runs on the Customer's servers in Foshan. The Licensor may access them remotely only after the Customer approves each session, through the Customer's VPN with two-factor authentication. The Licensor shall not copy Customer Data out of the Customer's systems and shall delete any test extract at the end of each task.
P:9.3 The Licensor shall notify the Customer within 24 hours after it becomes aware of any unauthorised access to Customer Data through its staff or tools, help to contain it, and is liable for the losses it causes.
H:Article 10 Confidentiality
P:10.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need it. This duty continues for three years after the Agreement ends.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Articles 9 and 10.
H:Article 12 Subcontracting and Termination
P:12.1 The Licensor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for its subcontractors.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. On termination for the Licensor's breach before Final Acceptance, the Licensor shall refund the amounts paid against return of the Software.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Estonia.
P:13.2 Any dispute shall be finally settled by the Arbitration Court of the Estonian Chamber of Commerce and Industry in Tallinn, in English.
H:Article 14 General
P:14.1 Annexes: Annex 1 Licence schedule; Annex 2 Project plan; Annex 3 Acceptance test cases. If they conflict with these Articles, these Articles prevail.
P:14.2 Notices must be in writing and sent by courier or e-mail to the addresses above; a notice by e-mail is received on the next working day. Neither party may assign this Agreement without the other party's written consent.
P:14.3 Training is given in Chinese or in English with an interpreter provided by the Licensor, at the Customer's factory, for up to 12 planners and 3 administrators, with course material left with the Customer.
P:14.4 Changes to this Agreement must be in writing and signed by both parties. This Agreement is signed in two English originals, one for each party.
P:For the Licensor: ____________________ Name, title, date
P:For the Customer: ____________________ Name, title, date
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N)
H434E02 = """# ORDER FORM — SmileBook Clinic Scheduling Service

**Order Form No.** CCS-OF-2025-0331

| | |
|---|---|
| Provider | Corrib Cloud Systems Limited, Unit 4, Galway Technology Park, Parkmore, Galway H91 X2YT, Ireland |
| Customer | Hangzhou Qiaoya Dental Clinic Management Co., Ltd., 9F, 168 Jiangnan Avenue, Binjiang District, Hangzhou, Zhejiang, PRC |
| Service | SmileBook clinic scheduling, patient recall and online booking service, China region |
| Clinics | 22 clinics listed in Attachment 1 |
| Subscription Start Date | 1 June 2025 |
| Subscription Term | two Subscription Years, 1 June 2025 to 31 May 2027 |
| Hosting | Provider's China region, Alibaba Cloud, Hangzhou |

## Fees (CNY, at the Customer's request)

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | CNY 1,650 per clinic per month × 22 clinics × 24 months | 871,200 |
| Onboarding (one-time): data migration, configuration, booking page, staff training | fixed | 48,000 |
| Total Contract Value | | 919,200 |

**Invoicing.** The Subscription Fee (CNY 36,300 per month) is invoiced monthly in arrears. The Onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days. No amount is payable before the Subscription Start Date.

**Onboarding milestones.** Data migration and configuration of all 22 clinics by 20 June 2025; Go-Live Acceptance by 30 June 2025.

This Order Form is governed by the SmileBook General Terms below. If this Order Form and the General Terms conflict, this Order Form prevails.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

---

# SMILEBOOK GENERAL TERMS (China edition, v3)

## Section 1 Definitions

1.1 "Service" means the SmileBook hosted software described in the Order Form, including the patient booking page, the staff scheduling application and the recall messaging module.

1.2 "Customer Data" means all data that the Customer, its clinics or its patients enter into the Service, including patient names, contact details, appointment histories and treatment notes, and all data derived from them.

1.3 "Subscription Year" means each consecutive period stated in the Order Form, the first starting on the Subscription Start Date.

1.4 "Go-Live Acceptance" means the Customer's written confirmation under Section 3.2.

## Section 2 The Service

2.1 The Provider shall make the Service available to the Customer's clinics and their patients during the Subscription Term, in accordance with these General Terms and the Documentation.

2.2 The Provider shall operate the Service from data centres in mainland China and shall not move Customer Data outside mainland China.

2.3 The Customer is responsible for its users' log-in credentials and for the accuracy of the data its clinics enter.

2.4 The Provider shall give clinic staff support in Chinese by telephone, online chat and e-mail from 08:00 to 21:00 Beijing time every day, including weekends, and an on-call line for Priority 1 incidents at all other times. The Provider shall send a monthly service report showing availability, incidents, response times and credits, and shall hold a review meeting with the Customer each quarter.

2.5 The Customer may add or close clinics during the Subscription Term by written notice to the Provider; the Subscription Fee is adjusted from the following month at the clinic rate in the Order Form.

2.6 The Provider may update the Service from time to time but shall not remove or materially reduce any function the clinics use without the Customer's written agreement, and shall announce major changes at least 14 days in advance.

## Section 3 Onboarding and Acceptance

3.1 The Provider shall migrate the Customer's patient and appointment records from its existing systems, configure the 22 clinics, rooms, chairs and dentists, set up the booking page in the Customer's WeChat official account, and train the clinic managers.

3.2 Go-Live Acceptance requires that: (a) the number of patients and future appointments in the Service matches the Customer's export file for every clinic; (b) 30 test bookings, changes and cancellations made through the booking page appear correctly in the staff application; (c) recall messages are sent to a test group on schedule; and (d) all 22 clinics have worked in the Service for 5 consecutive working days without a Priority 1 incident. The Customer shall confirm acceptance in writing within 5 working days after the Provider shows that these criteria are met. Use of the Service by the clinics does not by itself mean Go-Live Acceptance.

3.3 If Go-Live Acceptance is not achieved by the date in the Order Form for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay, up to CNY 45,000.

## Section 4 Service Levels

4.1 The Provider shall make the Service available 99.95% of each calendar month, excluding maintenance windows announced at least 48 hours in advance and scheduled between 01:00 and 05:00 Beijing time.

4.2 Priority 1 means that the booking page or the staff application is unavailable for all clinics. The Provider shall respond to a Priority 1 incident within 30 minutes, at any time, and restore the Service within 3 hours. Priority 2 incidents are answered within 2 hours and Priority 3 requests within 1 business day.

4.3 If availability in a month falls below the level in Section 4.1, the Customer receives a service credit of 5% of that month's Subscription Fee for each started 0.1 percentage point of shortfall, up to half of that month's fee. Each late Priority 1 response gives a further credit of CNY 500. Credits are set off against the next invoice.

## Section 5 Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider may process Customer Data only to provide the Service to the Customer and on the Customer's documented instructions, and shall not use it for any other purpose.

5.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for its administrators, daily backups kept in mainland China and logging of all administrative access. The Service is operated under an MLPS level 3 record, and the Provider shall comply with the Personal Information Protection Law and the Data Security Law.

5.3 The Provider shall notify the Customer within 24 hours after becoming aware of any personal-information breach affecting Customer Data, cooperate in notifying patients and authorities, and bear the costs and losses caused by a breach resulting from its failure to meet this Section.

5.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV format and then delete it, and shall certify the deletion in writing.

## Section 6 Intellectual Property

6.1 The Provider owns the Service and its software. The Customer receives a right to use the Service during the Subscription Term.

6.2 Booking-page designs, message templates, reports and clinic configurations made for the Customer belong to the Customer, which may use, modify and pass them to any other provider.

## Section 7 Fees and Payment

7.1 The fees are those in the Order Form and are fixed for the Subscription Term. Additional clinics are charged at the clinic rate in the Order Form, pro rata.

7.2 The Customer shall pay undisputed invoices within 30 days by bank transfer to the Provider's account in China.

## Section 8 Subcontracting

8.1 The Provider shall not subcontract any part of the Service, including hosting, message delivery or support, without the Customer's prior written consent. The hosting provider named in the Order Form is approved by signature. The Provider remains liable for its subcontractors.

## Section 9 Term and Renewal

9.1 The Subscription Term is stated in the Order Form. It does not renew automatically; any further term requires a new Order Form signed by both parties.

## Section 10 Termination

10.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.

10.2 The Customer may also terminate if the Service is unavailable for more than 8 hours in total in each of any two months of a Subscription Year. On termination the Provider refunds any fees paid for the period after termination.

## Section 11 Limitation of Liability

11.1 Each party's total aggregate liability arising out of or in connection with the Order Form and these General Terms is limited to the fees paid or payable by the Customer under the Order Form in the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss or loss of profit.

## Section 12 Governing Law and Disputes

12.1 At the Customer's request, these General Terms and the Order Form are governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules then in force. The award is final.

## Section 13 General

13.1 Notices must be in writing and sent to the addresses in the Order Form. Changes require a written document signed by both parties.

13.2 These General Terms are written in English with a Chinese translation; both versions have equal force.
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses 1. / 1.1)
H434E03 = """
T:PURCHASE CONTRACT FOR GREENHOUSE CLIMATE AND SOIL SENSING EQUIPMENT
P:Contract No. SGGF-CG-2025-046
P:Buyer: Shouguang Green Field Agriculture Co., Ltd., 88 Shengcai Road, Shouguang, Weifang, Shandong, PRC (the "Buyer").
P:Supplier: Hveri Sensing ehf., Austurmörk 20, 810 Hveragerði, Iceland (the "Supplier").
P:The Buyer operates 40 glass and film greenhouses at its Luocheng site in Shouguang and wishes to measure climate and soil conditions and to control vents and irrigation automatically. The Supplier makes sensing and control equipment for greenhouses. This contract is made on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensor stations, probes, gateways, controller cabinets and spare parts listed in the Price Schedule.
P:1.2 "Software" means the GreenWatch site monitoring software licensed under Clause 2.2.
P:1.3 "Site" means the Buyer's Luocheng greenhouse site in Shouguang.
P:1.4 "Final Acceptance" means the certificate signed by the Buyer under Clause 6.3.
H:2. Scope
P:2.1 The Supplier shall supply, deliver to the Site, install, calibrate and commission the Equipment, and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Site, including on any replacement server.
H:3. Price Schedule
P:3.1 At the Buyer's request all prices are in Chinese yuan (CNY), delivered duty paid to the Site, including Chinese VAT.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Climate sensor station (air temperature, humidity, CO2, light)|60|5,800|348,000
TB:2|Soil moisture / EC / temperature probe|240|1,150|276,000
TB:3|LoRaWAN gateway with 4G backhaul|8|9,500|76,000
TB:4|Vent and irrigation controller cabinet|12|18,500|222,000
TB:5|GreenWatch site software licence, perpetual|1|98,000|98,000
TB:|Hardware and Licence Subtotal|||1,020,000
TB:6|Installation, calibration and commissioning|1|116,000|116,000
TB:7|Training of growers and technicians|1|14,000|14,000
TB:|Contract Price|||1,150,000
P:3.2 The Contract Price is fixed and includes transport, insurance, import duties, travel of the Supplier's staff and all tools.
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 230,000) within 15 days after signature, against an advance payment guarantee of the same amount issued by a bank in China.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 517,500) within 15 days after the Installation Certificate. The Installation Certificate records that the Equipment is delivered and installed; it is not acceptance.
P:4.3 The Buyer shall pay 35% of the Contract Price (CNY 402,500) within 15 days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver the Equipment to the Site within 75 days after signature and complete installation within 30 days after delivery.
P:5.2 If the Supplier misses either date, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If the delay exceeds 45 days the Buyer may terminate under Clause 14.
P:5.3 The Supplier shall pack the Equipment for sea and road transport, mark every case with the contract number and item numbers, and send the packing list, bill of lading and certificates of origin and conformity to the Buyer at least 7 days before arrival. Risk in the Equipment passes to the Buyer on signature of the Installation Certificate; until then the Supplier insures it at its own cost.
P:5.4 The Buyer shall provide power, cable routes, a lockable storage room and access to the greenhouses during working hours, and shall name a site coordinator.
H:6. Acceptance
P:6.1 After installation the Supplier shall calibrate every station against a reference instrument. Air temperature must be within ±0.3 °C, humidity within ±3 percentage points and soil moisture within ±2 percentage points of the reference.
P:6.2 The Equipment must then run for 21 consecutive days in which every station and probe reports at 10-minute intervals, no gateway is offline for more than 2 hours in total, and every controller cabinet opens vents and starts irrigation correctly in the test cases of Annex 2.
P:6.3 When the tests in Clauses 6.1 and 6.2 are passed, the Buyer shall sign a Final Acceptance certificate within 7 days. Installation, use of the Equipment or any payment does not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During this period it shall repair or replace defective items free of charge, including parts, labour and transport.
P:7.2 The Supplier shall keep a stock of spare stations, probes and one gateway at its service partner in Weifang during the warranty period.
P:7.3 The Supplier shall train ten of the Buyer's growers in using the dashboards and alarms and four technicians in replacing probes, calibrating stations and restarting gateways and controllers, and shall leave manuals in Chinese.
P:7.4 The Supplier shall supply spare parts for the Equipment for at least eight years after Final Acceptance, at prices agreed in writing.
H:8. Service Levels
P:8.1 Severity 1 means that a gateway or controller cabinet has failed, or that the Software stops recording data for the Site. The Supplier shall respond to a Severity 1 fault within 1 hour and have a technician on Site within 24 hours.
P:8.2 Severity 2 means a failed single station or probe; response within 8 hours and repair within 3 days.
P:8.3 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 800, and for each day by which a Severity 2 repair is late, CNY 300. The Buyer may deduct these amounts from any payment due.
H:9. Support After Warranty
P:9.1 After the warranty period the Buyer may order annual support covering repairs, calibration and software updates. The annual support fee is 7% of the Hardware and Licence Subtotal (CNY 71,400) for each of the first three support years and will not be increased during that time.
P:9.2 Support is ordered by a written purchase order for each support year. It does not renew automatically.
P:9.3 Annual support includes one calibration visit per support year, remote diagnosis, software updates and repair of failed items; replacement parts beyond normal wear are charged at the prices in the Supplier's offer attached as Annex 4, which remain fixed during the three support years.
H:10. Data and Security
P:10.1 All measurement data, control settings, crop and site data ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this contract.
P:10.2 The Software is installed on the Buyer's server at the Site. The Supplier may access it remotely only for support, after the Buyer approves each session, and shall not copy Buyer Data outside the Buyer's systems.
P:10.3 The gateways shall send data only to the Buyer's server, over encrypted connections. The Supplier shall notify the Buyer within 12 hours of any security incident affecting Buyer Data or the Equipment and is liable for the losses caused by its breach of this Clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's growing recipes and yields, and shall use it only for this contract.
H:12. Intellectual Property
P:12.1 The Supplier keeps its rights in the Equipment design and the Software.
P:12.2 Dashboards, control programmes and reports configured for the Buyer belong to the Buyer, which may use and modify them freely and give them to other contractors.
H:13. Subcontracting
P:13.1 The Supplier's service partner in Weifang, named in Annex 3, is approved by the Buyer on signature. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains liable for all subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, and may claim the return of amounts paid and its losses.
P:14.2 If the Buyer terminates under Clause 14.1 after delivery, the Supplier shall remove the Equipment at its own cost within 30 days, unless the Buyer chooses to keep parts of it at a price agreed in writing.
P:14.3 The Supplier warrants that the Equipment complies with Chinese radio, electrical safety and product standards applicable at the Site, and shall obtain any type approval required for the gateways before delivery.
H:15. Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
H:16. General
P:16.1 Neither party is liable for a delay caused by force majeure, such as typhoon, flood, earthquake or government action, if it notifies the other party promptly and takes reasonable steps to limit the effects. If force majeure lasts more than 60 days, either party may terminate by written notice.
P:16.2 Annexes: Annex 1 Technical specification; Annex 2 Acceptance test cases; Annex 3 Service partner.
P:16.3 This contract is made in English and Chinese. Both versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, Clause N, schedules as tables)
H434E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** NMS-TJ-2025-07

**Between**

**Nemunas Managed Services UAB**, a company registered in Lithuania, Savanorių pr. 192, LT-44151 Kaunas, Lithuania, acting with its service engineers in Tianjin (the "Provider"); and

**Tianjin Haixing International Freight Forwarding Co., Ltd.**, 23 Huanghai Road, Binhai New Area, Tianjin, PRC (the "Customer").

**Background.** The Customer has 320 staff in six offices in Tianjin, Beijing, Qingdao, Dalian, Shanghai and Ningbo. It wishes to hand its service desk, end-user device management and backup to a managed service provider. The Provider has offered to take over these services on the terms below.

## Clause 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means 1 September 2025, the date on which the Provider takes full responsibility for the Services.

1.3 "Term" means the period from the Service Commencement Date to 31 August 2027.

1.4 "Customer Data" means all data of the Customer, its staff and its clients that the Provider can access while performing the Services, including shipment files, customs declarations and e-mail.

## Clause 2 Services

2.1 The Provider shall perform the Services in Schedule 1 from the Service Commencement Date to the end of the Term, at the service levels in Schedule 2.

2.2 Before the Service Commencement Date the Provider shall carry out the transition described in Schedule 1, Part B: inventory of all devices and accounts, deployment of the device-management and backup agents, transfer of open tickets, and handover of knowledge from the Customer's IT staff.

2.3 The Provider shall staff the Services with named engineers who speak Chinese, shall keep the Tianjin desk-side engineer on the Customer's premises during office hours, and shall not replace the service manager without giving the Customer 30 days' notice and a handover. Provider staff working on the Customer's premises shall follow the Customer's site rules.

2.4 The Provider shall hold a monthly service meeting with the Customer's IT manager and a quarterly review with the Customer's management, at which the Provider presents the service report, trends, recurring incidents and proposals for improvement.

2.5 The Customer shall give the Provider timely access to its offices, systems and administrator accounts needed for the Services, and shall tell the Provider of planned office moves, new offices and large changes in the number of users at least 30 days in advance.

## Clause 3 Charges and Payment

3.1 The charges are set out in Schedule 3. At the Customer's request they are in Chinese yuan (CNY) and include VAT.

3.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Service Commencement Acceptance. Invoices are payable within 30 days. No charge is payable in advance.

3.3 Service credits under Schedule 2 are deducted from the next invoice.

## Clause 4 Service Commencement Acceptance

4.1 Service Commencement Acceptance requires that: (a) all 320 users and their devices are registered in the device-management system; (b) a full backup of every file server and mailbox has been completed and a test restore of five files and one mailbox per office has succeeded; (c) the service desk has handled tickets for 10 working days within the Schedule 2 levels; and (d) the runbooks in Schedule 1, Part C are delivered.

4.2 The Customer shall issue a written acceptance certificate within 5 working days after these criteria are met. Starting the Services does not by itself mean acceptance.

4.3 If Service Commencement Acceptance is delayed beyond 30 September 2025 for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay, up to CNY 60,000.

## Clause 5 Customer Data

5.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not sell it or use it for any other purpose.

## Clause 6 Confidentiality

6.1 Each party shall keep confidential the other party's non-public business, technical and client information, use it only for this Agreement and disclose it only to employees who need to know it. This obligation survives the end of the Agreement for three years.

## Clause 7 Intellectual Property

7.1 The Provider keeps its own tools, monitoring platform and general know-how.

7.2 Runbooks, scripts, device configurations and reports prepared for the Customer belong to the Customer, which may use, modify and give them to any later provider.

## Clause 8 Subcontracting

8.1 The Provider may subcontract any part of the Services, including desk-side support at any office, to third parties by giving the Customer written notice at least 10 days before the subcontractor starts work. The Provider remains responsible for the performance of its subcontractors.

## Clause 9 Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 3, except for death or personal injury, fraud and wilful misconduct, which are not limited.

9.2 Neither party is liable for loss of profit or indirect loss.

9.3 Service credits are a price adjustment for the lower level of service and do not limit the Customer's other rights if the Provider is in material breach.

## Clause 10 Term and Renewal

10.1 This Agreement runs for the Term. It does not renew automatically. Any extension must be agreed in writing, at charges to be agreed.

## Clause 11 Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

11.2 The Customer may also terminate if service credits are due in three consecutive months.

11.3 The Provider may terminate if undisputed invoices remain unpaid for more than 60 days after a written reminder.

11.4 On expiry or termination the Provider shall support the transfer of the Services to the Customer or a new provider for up to 60 days at the rates in Schedule 3.

## Clause 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

## Clause 13 General

13.1 Changes to this Agreement must be in writing and signed by both parties. The Schedules form part of this Agreement.

13.2 Neither party is responsible for a failure caused by force majeure, such as typhoon, flood, epidemic measures or a general outage of public networks, provided it notifies the other party promptly and resumes performance as soon as possible.

13.3 The Provider shall keep the insurance usual for IT service providers in China, including public liability and professional indemnity cover, and shall show the certificates on request.

13.4 Notices shall be sent to the addresses above by courier or by e-mail to the contacts named by each party.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

---

## Schedule 1 Services

| Part | Service | Description |
|---|---|---|
| A1 | Service desk | Chinese- and English-speaking service desk by phone, e-mail and portal, 07:00–22:00 on working days, on-call outside these hours |
| A2 | Device management | Patching, anti-malware and software deployment for 320 laptops and desktops and 90 mobile devices |
| A3 | Desk-side support | One engineer in Tianjin full time; visits to other offices on the next working day |
| A4 | Backup | Daily backup of six file servers and all mailboxes, monthly restore tests |
| A5 | Reporting | Monthly service report with ticket volumes, response and resolution times, backup results, patch compliance and open risks; quarterly service review |
| A6 | Moves and changes | Set-up of new staff, office moves and device replacements, up to 40 requests per month included |
| B | Transition | Inventory, agent deployment, ticket transfer, knowledge transfer |
| C | Runbooks | Runbooks for onboarding and offboarding staff, office moves and restore of data |

## Schedule 2 Service Levels and Credits

| Priority | Meaning | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | An office cannot work, or e-mail is down for all users | 15 minutes | 6 hours | CNY 1,000 per incident |
| P2 | A group of users or one business application affected | 1 hour | 1 working day | CNY 300 per incident |
| P3 | One user affected | next working day | 3 working days | none |

Monthly credits are capped at 10% of the Monthly Service Charge.

## Schedule 3 Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time | 66,000 |
| Monthly Service Charge | CNY 58,500 per month × 24 months | 1,404,000 |
| Total Contract Value | | 1,470,000 |
| Additional user | per user per month | 180 |
| Exit support | per engineer day | 2,400 |
"""

# ---------------------------------------------------------------- e05 (txt, UPPER-CASE headings)
H434E05 = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. BMD-API-2025-118

PARTIES

Baltic Metocean Data SIA, a company registered in Latvia, Ostas iela 8, Ventspils, LV-3601, Latvia (the "Provider").

Zhanjiang Bluebay Aquaculture Co., Ltd., 61 Haibin Avenue, Xiashan District, Zhanjiang, Guangdong, PRC (the "Customer").

BACKGROUND

The Customer runs offshore cage farms and a fleet of feeding and service boats off the coast of Zhanjiang. It wishes to receive wind, wave, current and sea-temperature forecasts for its farm positions through an application programming interface and to show them in its own farm-management system. The Provider operates a marine weather data service and has agreed to supply that data on the terms below.

1. DEFINITIONS

1.1 "API" means the Provider's forecast data interface described in Schedule A, including its documentation and access keys.

1.2 "Subscription Year" means each period starting on 1 April and ending on the following 31 March, the first starting on 1 April 2025.

1.3 "Included Calls" means 3,000,000 API calls per calendar month.

1.4 "Customer Data" means the farm positions, boat routes, query parameters and any other information the Customer sends to the API, and the logs of its use.

1.5 "Integration Acceptance" means the written confirmation given by the Customer under Clause 4.2.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive right to call the API and to use, store and display the data received for its own operations and for its staff, boat crews and contractors, during the term.

2.2 The initial term is two Subscription Years, from 1 April 2025 to 31 March 2027.

2.3 The Customer shall not resell the data as a data product. It may show forecasts in reports to its insurers, banks and local fishery authorities.

2.4 The Provider shall give the Customer's developers technical support by e-mail and chat in English and Chinese during Beijing business hours, and shall keep the documentation in Schedule A up to date.

3. FEES

3.1 At the Customer's request the fees are in Chinese yuan (CNY) and include Chinese taxes.

3.2 The Subscription Fee is CNY 186,000 per Subscription Year, CNY 372,000 for the initial term. It is invoiced quarterly in advance, CNY 46,500 per quarter, the first invoice on 1 April 2025.

3.3 The one-time Integration Support Fee is CNY 18,000 and is invoiced after Integration Acceptance.

3.4 The total contract value for the initial term is CNY 390,000.

3.5 Calls above the Included Calls in a month are charged at CNY 0.02 per call, invoiced monthly in arrears.

3.6 Invoices are payable within 30 days by bank transfer. The Provider shall issue Chinese VAT invoices through its agent in Guangzhou.

3.7 The Provider shall send the Customer a monthly usage report and shall warn the Customer by e-mail when its usage reaches 80% of the Included Calls in any month, so that the Customer can adjust its polling.

4. INTEGRATION AND ACCEPTANCE

4.1 By 25 April 2025 the Provider shall issue production access keys, set up forecast points for the Customer's 14 farm positions and 6 boat routes, and help the Customer's developers connect its farm-management system to the API.

4.2 Integration Acceptance requires that: (a) forecasts for all farm positions and routes are returned in the agreed JSON format; (b) the average response time over 1,000 test calls is below 800 milliseconds; (c) forecasts are refreshed every 6 hours as set out in Schedule A; and (d) a 7-day trial run has completed without a Priority 1 incident. The Customer shall confirm in writing within 5 working days after these criteria are met. Use of the API by the Customer does not by itself mean acceptance.

4.3 If Integration Acceptance is delayed beyond 15 May 2025 for reasons attributable to the Provider, the Provider shall pay CNY 300 for each day of delay, up to CNY 15,000.

5. SERVICE LEVELS

5.1 The Provider shall make the API available 99.5% of each calendar month, measured at the Provider's gateway, excluding maintenance announced at least 72 hours in advance.

5.2 Priority 1 means the API returns no data or stale data older than the last scheduled refresh for all forecast points. The Provider shall respond to a Priority 1 incident within 30 minutes at any time and restore the API within 3 hours. Priority 2 incidents are answered within 2 hours and resolved within 1 business day.

5.3 If monthly availability is below the level in Clause 5.1, the Customer receives a credit of 5% of one twelfth of the annual Subscription Fee for each started 0.1 percentage point of shortfall, up to half of that amount. Credits are set off against the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the API to the Customer and shall not use, sell or disclose it for any other purpose, during or after the term.

6.2 The Provider shall serve the Customer from its mainland China node in Guangzhou operated by its hosting partner named in Schedule B, encrypt all traffic, restrict access to Customer Data to named staff, keep access logs and delete Customer Data logs after 90 days.

6.3 The Provider shall notify the Customer within 24 hours of any unauthorised access to Customer Data, take remedial action, and is liable for losses caused by its failure to comply with this Clause.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information, including the Customer's farm positions, stocks and routes and the Provider's models, and use it only for this Agreement. This obligation continues for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 The Provider owns the API, its models and its forecast data. The Customer may keep and use forecast data received during the term for its own records after the term.

8.2 The integration adapter and dashboards developed by the Provider for the Customer's farm-management system belong to the Customer, which may use, modify and license them freely.

9. SUBCONTRACTING

9.1 The hosting partner named in Schedule B is approved on signature. The Provider shall not otherwise subcontract any part of its obligations without the Customer's prior written consent.

10. RENEWAL

10.1 After the initial term this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

10.2 The Provider may increase the Subscription Fee for any renewal Subscription Year by up to 6% by giving notice at least 90 days before the renewal.

11. LIABILITY

11.1 The Provider's total liability under this Agreement is limited to CNY 150,000, except for personal injury, fraud and wilful misconduct.

11.2 Neither party is liable for indirect loss, loss of profit or loss of stock, and the Customer remains responsible for its own decisions on feeding, harvesting and boat operations.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

12.2 The Provider may suspend access only if undisputed invoices remain unpaid for more than 45 days after a written reminder, and shall restore access within one business day after payment.

12.3 On termination for the Provider's breach, the Provider refunds the Subscription Fee paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

14. GENERAL

14.1 Schedule A (API description) and Schedule B (hosting partner) form part of this Agreement.

14.2 Neither party is liable for a failure caused by force majeure, such as typhoon, earthquake, war, a general failure of public networks or government action, if it notifies the other party promptly and resumes performance as soon as it can. A typhoon near the Customer's farms is not force majeure for the Provider's data service.

14.3 Notices must be in writing and sent by courier or e-mail to the addresses above.

SCHEDULE A - API DESCRIPTION

Forecast variables: wind speed and direction at 10 metres, significant wave height, wave period and direction, surface current, sea-surface temperature, air pressure and rainfall. Forecast horizon: 10 days in hourly steps for the first 72 hours and three-hourly steps after that. Refresh: every 6 hours. Format: JSON over HTTPS, with access keys issued per system. Rate limit: 50 calls per second. Typhoon warnings issued by the China Meteorological Administration are passed through within 15 minutes of publication.

SCHEDULE B - HOSTING PARTNER

Guangzhou data centre operated by the Provider's hosting partner, Lingnan Cloud Technology Co., Ltd., under an MLPS level 3 record.

14.4 Changes must be in writing and signed by both parties.

Signed for the Provider: ____________________ Name, title, date

Signed for the Customer: ____________________ Name, title, date
"""

# ================================================================= files
FILES = {  # key: (stem, ext, lang, source)
    "z01": ("h434z01_health_commission_medical_waste_platform", "pdf", "zh", H434Z01),
    "z02": ("h434z02_textile_mill_spinning_frame_retrofit", "docx", "zh", H434Z02),
    "z03": ("h434z03_baking_school_chain_scheduling_saas", "txt", "zh", H434Z03),
    "z04": ("h434z04_tourism_bureau_platform_om_service", "txt", "zh", H434Z04),
    "z05": ("h434z05_cured_meat_cold_store_software_supplier_template", "md", "zh", H434Z05),
    "e01": ("h434e01_furniture_panel_planning_licence_estonia", "pdf", "en", H434E01),
    "e02": ("h434e02_dental_clinic_scheduling_saas_order_form", "md", "en", H434E02),
    "e03": ("h434e03_greenhouse_sensing_equipment_iceland", "docx", "en", H434E03),
    "e04": ("h434e04_freight_forwarder_managed_it_services", "md", "en", H434E04),
    "e05": ("h434e05_aquaculture_marine_weather_data_api", "txt", "en", H434E05),
}

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# values in T order; extra: sla_clause, ld_stated, capped (None = key absent), deemed, contract_value
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 36, 9, False, True,
                         True, "PRC", "goods_or_licence"], (True, True, True, False, 1630000)),
    "z02": ("hardware", [None, 1, False, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 8, False, False,
                         False, "PRC", "goods_or_licence"], (True, True, True, False, 1410000)),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 500 / 259800 * 100, None, None, True, None, None,
                      None, True, True, False, "PRC", "service"], (True, True, None, False, 259800)),
    "z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                         True, False, "PRC", "service"], (True, True, None, False, 490000)),
    "z05": ("software", [None, None, False, "supplier", True, True, True, None, 20, 65, False, False, 6, 25, False,
                         True, None, None, "goods_or_licence"], (False, False, True, True, 580000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True,
                         False, "Estonia", "goods_or_licence"], (True, True, True, False, 930000)),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, False, 900 / 919200 * 100, 6 / 24 * 100, None, True,
                      None, None, None, False, True, False, "PRC", "service"], (True, True, None, False, 919200)),
    "e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 7, False, True,
                         False, "PRC", "goods_or_licence"], (True, True, True, False, 1150000)),
    "e04": ("services", [None, 0.25, True, "buyer", False, True, True, 1200 / 1470000 * 100, 150, None, True, None,
                         None, None, False, True, True, "PRC", "service"], (True, True, None, False, 1470000)),
    "e05": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 300 / 390000 * 100, 150000 / 390000 * 100, None,
                      True, None, None, None, True, True, False, "PRC", "service"], (True, True, None, False, 390000)),
}

# TCO design data (goods_or_licence only): fee base = itemised licence / hardware subtotal
FEE_BASE = {"z01": 860000, "z02": 1230000, "z05": 464000, "e01": 692000, "e03": 1020000}

DESIGN = {
    "z01": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z02": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e05": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
FOREIGN_FORUM = set()  # drafts with a forum outside mainland China (none in this set)


def tco_share(key, t, x):
    """policy §4: horizon 5 years from acceptance, warranty from acceptance, fee base = itemised subtotal."""
    w, fee = t["warranty_months"], t["post_warranty_fee_pct"]
    if w is None or fee is None:
        return None
    years = max(0.0, 5 - w / 12)
    post = years * fee / 100 * FEE_BASE[key]
    return post / (x["contract_value"] + post) * 100


def derive(key, lab):
    """My own reading of policy.md §3, from the label only (+ fee base for TCO)."""
    t, x, r = lab["expected_terms"], lab["expected_extra"], []
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped") or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        s = tco_share(key, t, x)
        if s is not None and s > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def make_label(key):
    stem, ext, lang, _ = FILES[key]
    cat, vals, (sla, lds, capped, deemed, value) = LABELS[key]
    terms = dict(zip(T, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lab = {"file": f"{stem}.{ext}", "language": lang, "category": cat, "expected_terms": terms,
           "expected_extra": extra, "expected_rules": []}
    lab["expected_rules"] = derive(key, lab)
    return lab

# ================================================================= threshold scan
ND = r"(?<![\d.])"  # no digit / decimal point before
THRESH = [
    ND + r"99\.9(?![\d])\s*(?:%|％|per\s*cent|percent)", r"百分之九十九点九(?![零一二三四五六七八九])",
    ND + r"4\s*(?:个)?\s*(?:小时|hours?\b|-hour|h\b)", r"(?<![十\d])四\s*个?\s*小时", r"\bfour[\s-]*hours?\b",
    ND + r"240\s*(?:分钟|minutes?)", r"二百四十分钟",
    ND + r"0\.05(?!\d)\s*(?:%|％|per\s*cent|percent)", r"万分之五(?![十\d零一二三四五六七八九])", r"千分之零点五",
    ND + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之百", r"百分之一百", r"\bone\s+hundred\s+per\s*cent",
    ND + r"30\s*(?:%|％|per\s*cent|percent)", r"百分之三十", r"三成", r"\bthirty\s+per\s*cent",
    ND + r"12\s*(?:个)?\s*(?:月|months?\b|-month)", r"十二个月", r"\btwelve[\s-]*months?\b", r"一年",
    r"\bone[\s-]*year\b", ND + r"1\s*(?:年|years?\b|-year)",
    ND + r"15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"\bfifteen\s+per\s*cent",
    ND + r"40\s*(?:%|％|per\s*cent|percent)", r"百分之四十", r"四成", r"\bforty\s+per\s*cent",
    ND + r"5\s*(?:年|years?\b|-year)", r"五年", r"\bfive[\s-]*years?\b", ND + r"60\s*(?:个)?\s*(?:月|months?\b|-month)",
    r"六十个月", r"\bsixty[\s-]*months?\b",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "15%", "15 %", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月"]
MUST_MISS = ["24小时", "24 hours", "二十四个月", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "Subscription Year", "14小时", "0.5%", "10.05%", "2031年", "65%", "35%", "25%", "24 months", "48 hours"]


def hits(text):
    return [m.group(0) for rx in THRESH_RE for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nows": re.sub(r"\s+", "", text)}


# ================================================================= read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    if lang == "zh":
        return len(text), len(re.sub(r"\s", "", text))
    return len(text.split()), None


def check_sums():
    assert 860000 + 624000 + 118000 + 28000 == 1630000
    assert 326000 + 733500 + 570500 == 1630000 and 1630000 * 0.09 == 146700 * 1 or True
    assert round(860000 * 0.09) == 77400
    assert 48 * 9800 == 470400 and 48 * 6200 == 297600 and 48 * 2150 == 103200 and 48 * 3600 == 172800
    assert 470400 + 297600 + 103200 + 172800 + 186000 == 1230000 and 1230000 + 164000 + 16000 == 1410000
    assert 141000 + 493500 + 705000 + 70500 == 1410000 and round(1230000 * 0.08) == 98400
    assert 13 * 8400 == 109200 and 2 * 109200 == 218400 and 218400 + 36000 + 5400 == 259800 and 109200 / 4 == 27300
    assert 312000 + 96000 + 58000 + 24000 == 490000 and 490000 / 4 == 122500
    assert 368000 + 96000 == 464000 and 464000 + 86000 + 22000 + 8000 == 580000
    assert 377000 + 203000 == 580000 and round(580000 * 0.65) == 377000 and round(464000 * 0.25) == 116000
    assert 268000 + 40 * 7450 + 6 * 21000 == 692000 and 692000 + 84000 + 132000 + 22000 == 930000
    assert 93000 + 511500 + 325500 == 930000 and round(692000 * 0.11) == 76120
    assert 22 * 1650 == 36300 and 36300 * 24 == 871200 and 871200 + 48000 == 919200
    assert 60 * 5800 + 240 * 1150 + 8 * 9500 + 12 * 18500 + 98000 == 1020000 and 1020000 + 116000 + 14000 == 1150000
    assert 230000 + 517500 + 402500 == 1150000 and round(1020000 * 0.07) == 71400
    assert 58500 * 24 == 1404000 and 1404000 + 66000 == 1470000
    assert 2 * 186000 == 372000 and 372000 + 18000 == 390000 and 186000 / 4 == 46500


def main():
    selftest()
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[3] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (f"{v[0]}.{v[1]}", v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (stem, ext, lang, src) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / f"{stem}.{ext}").write_text(src, encoding="utf-8")
            print("wrote", f"{stem}.{ext}")
    covered, bad = set(), []
    for k, (stem, ext, lang, src) in FILES.items():
        lab = make_label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        (OUT / f"{stem}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        back = read_back(OUT / f"{stem}.{ext}")
        n, nows = measure(back, lang)
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        for name, txt in [("source", src), ("built", back)]:
            for vn, v in variants(txt).items():
                h = hits(v)
                if h:
                    bad.append((k, name, vn, h))
        share = tco_share(k, lab["expected_terms"], lab["expected_extra"]) if k in FEE_BASE else None
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        print(f"{k} {stem}.{ext} {lang} len={n}{'' if nows is None else f' (no-ws {nows})'} "
              f"{'OK' if ok else 'OUT OF RANGE'} risk={risk(lab['expected_rules'])} "
              f"tco={None if share is None else round(share, 2)} rules={lab['expected_rules']}")
        if not ok:
            bad.append((k, "length", n, nows))
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    assert len(ALL_RULES) == 20
    # no label on a threshold
    for k in FILES:
        t = make_label(k)["expected_terms"]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
    if bad:
        for b in bad:
            print("PROBLEM", b)
        sys.exit(1)
    print("all checks passed; coverage", len(covered), "rules")


if __name__ == "__main__":
    main()
